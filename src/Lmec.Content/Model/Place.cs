namespace Lmec.Content.Model;

/// <summary>A place, such as the city where an event was held.</summary>
/// <example>
/// <code language="json">
/// {
///   "locality": { "en": "Jinghong", "zh-Hans": "景洪" },
///   "region": { "en": "Yunnan Province", "zh-Hans": "云南省" },
///   "countryCode": "CN"
/// }
/// </code>
/// </example>
public sealed record Place : ContentObject
{
    /// <summary>Gets the name of the venue or place.</summary>
    /// <value>The name, or <see langword="null"/> when only the locality is known.</value>
    public LocalizedText? Name { get; init; }

    /// <summary>Gets the city or town.</summary>
    /// <value>The locality, or <see langword="null"/> when unknown.</value>
    public LocalizedText? Locality { get; init; }

    /// <summary>Gets the region, province or state, such as Yunnan Province.</summary>
    /// <value>The region, or <see langword="null"/> when unknown.</value>
    public LocalizedText? Region { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country, such as <c>CN</c>.</summary>
    /// <value>The code, or <see langword="null"/> when unknown.</value>
    public string? CountryCode { get; init; }

    /// <summary>Gets the address of an online venue, or of the place's own page, an absolute <c>http</c> or <c>https</c> URL.</summary>
    /// <value>The URL, or <see langword="null"/> when not given.</value>
    public string? Url { get; init; }
}
