namespace Lmec.Content.Model;

/// <summary>
/// An image, a video or an audio recording, by its web address, with its caption, alternative text, credit and
/// licence. Declared once in a root document's <c>media</c>; articles, events and speeches name the media that belong
/// to them by id.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "id": "photo-opening",
///   "kind": "image",
///   "url": "https://kpl.gov.la/media/2024/12/06/workshop-opening.jpg",
///   "caption": { "en": "The vice minister opens the workshop, 4 December 2024." },
///   "altText": { "en": "A speaker stands at a lectern in front of the workshop banner." },
///   "credit": { "en": "Souksavanh Phommachanh / KPL" },
///   "creditPersonId": "souksavanh-phommachanh",
///   "licence": { "en": "CC BY 4.0" },
///   "licenceUrl": "https://creativecommons.org/licenses/by/4.0/",
///   "width": 1600,
///   "height": 1067
/// }
/// </code>
/// </example>
public sealed record MediaObject : ContentObject
{
    /// <summary>Gets the id of the media object, an ASCII slug unique in its document.</summary>
    public required string Id { get; init; }

    /// <summary>Gets what it is: an image, a video or an audio recording.</summary>
    public required MediaKind Kind { get; init; }

    /// <summary>Gets the web address of the image, video or recording.</summary>
    public required string Url { get; init; }

    /// <summary>Gets the caption, as printed with it.</summary>
    /// <value>The caption, or <see langword="null"/>.</value>
    public LocalizedText? Caption { get; init; }

    /// <summary>Gets the text that stands for it where it cannot be seen or heard.</summary>
    /// <value>The alternative text, or <see langword="null"/>.</value>
    public LocalizedText? AltText { get; init; }

    /// <summary>Gets the credit as printed: the photographer or the agency.</summary>
    /// <value>The credit, or <see langword="null"/>.</value>
    public LocalizedText? Credit { get; init; }

    /// <summary>Gets the id of the person credited, where the document declares them.</summary>
    /// <value>The id, or <see langword="null"/>.</value>
    public string? CreditPersonId { get; init; }

    /// <summary>Gets the licence or terms of use, as printed.</summary>
    /// <value>The licence, or <see langword="null"/>.</value>
    public LocalizedText? Licence { get; init; }

    /// <summary>Gets the web address of the licence.</summary>
    /// <value>The web address, or <see langword="null"/>.</value>
    public string? LicenceUrl { get; init; }

    /// <summary>Gets the width of an image or video, in pixels.</summary>
    /// <value>The width, or <see langword="null"/> when not given.</value>
    public int? Width { get; init; }

    /// <summary>Gets the height of an image or video, in pixels.</summary>
    /// <value>The height, or <see langword="null"/> when not given.</value>
    public int? Height { get; init; }
}
