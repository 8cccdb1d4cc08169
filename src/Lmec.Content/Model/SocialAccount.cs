namespace Lmec.Content.Model;

/// <summary>An account on a social network or messaging platform.</summary>
public sealed record SocialAccount : ContentObject
{
    /// <summary>Gets the platform.</summary>
    public required SocialPlatform Platform { get; init; }

    /// <summary>Gets the account's handle or ID on the platform, such as the WeChat ID <c>lancang-mekongec</c>.</summary>
    public required string Handle { get; init; }

    /// <summary>Gets the account's page, an absolute <c>http</c> or <c>https</c> URL.</summary>
    /// <value>The URL, or <see langword="null"/> when the platform has none or it was not given.</value>
    public string? Url { get; init; }
}
