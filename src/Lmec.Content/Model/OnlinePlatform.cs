namespace Lmec.Content.Model;

/// <summary>An online platform an event was held or streamed on, such as Zoom or Facebook Live.</summary>
/// <example>
/// <code language="json">
/// {
///   "platform": "facebookLive",
///   "name": { "en": "Lancang-Mekong Cooperation Facebook page" },
///   "url": "https://www.facebook.com/LancangMekongCooperation/live",
///   "live": true
/// }
/// </code>
/// </example>
public sealed record OnlinePlatform : ContentObject
{
    /// <summary>Gets the platform.</summary>
    /// <value>The platform, or <see langword="null"/> when the source does not say which.</value>
    public StreamingPlatform? Platform { get; init; }

    /// <summary>Gets the name of the platform or channel as the source gives it, such as a platform that is not listed.</summary>
    /// <value>The name, or <see langword="null"/>.</value>
    public LocalizedText? Name { get; init; }

    /// <summary>Gets the address of the meeting, stream or recording, an absolute <c>http</c> or <c>https</c> URL.</summary>
    /// <value>The URL, or <see langword="null"/> when not given.</value>
    public string? Url { get; init; }

    /// <summary>Gets whether the event was streamed live on the platform.</summary>
    /// <value><see langword="true"/> when streamed live, <see langword="false"/> when only recorded, or <see langword="null"/> when unknown.</value>
    public bool? Live { get; init; }
}
