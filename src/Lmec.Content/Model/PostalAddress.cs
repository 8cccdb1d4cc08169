namespace Lmec.Content.Model;

/// <summary>A postal address in parts.</summary>
/// <example>
/// <code language="json">
/// {
///   "streetAddress": { "en": "No. 5 Houyingfang Hutong", "zh-Hans": "后英房胡同5号" },
///   "district": { "en": "Xicheng District", "zh-Hans": "西城区" },
///   "locality": { "en": "Beijing", "zh-Hans": "北京" },
///   "postalCode": "100035",
///   "countryCode": "CN"
/// }
/// </code>
/// </example>
public sealed record PostalAddress : ContentObject
{
    /// <summary>Gets the street address, such as <c>No. 5 Houyingfang Hutong</c>.</summary>
    /// <value>The street address, or <see langword="null"/>.</value>
    public LocalizedText? StreetAddress { get; init; }

    /// <summary>Gets the district within the city, such as <c>Xicheng District</c>.</summary>
    /// <value>The district, or <see langword="null"/>.</value>
    public LocalizedText? District { get; init; }

    /// <summary>Gets the city or town.</summary>
    /// <value>The locality, or <see langword="null"/>.</value>
    public LocalizedText? Locality { get; init; }

    /// <summary>Gets the province, state or region.</summary>
    /// <value>The region, or <see langword="null"/>.</value>
    public LocalizedText? Region { get; init; }

    /// <summary>Gets the postal code, such as <c>100035</c>.</summary>
    /// <value>The code, or <see langword="null"/>.</value>
    public string? PostalCode { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country.</summary>
    public required string CountryCode { get; init; }
}
