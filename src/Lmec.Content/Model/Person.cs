namespace Lmec.Content.Model;

/// <summary>A person, such as a speaker, with the organisations they belong to.</summary>
/// <example>
/// <code language="json">
/// {
///   "id": "kyaw-myo-htut",
///   "name": { "givenName": { "en": "Kyaw Myo Htut", "my": "ကျော်မျိုးထွဋ်" } },
///   "honorificPrefix": { "en": "H.E.", "my": "ဦး" },
///   "countryCode": "MM",
///   "affiliations": [
///     { "position": { "en": "Ambassador to China" }, "countryCode": "MM" }
///   ]
/// }
/// </code>
/// </example>
public sealed record Person : ContentObject
{
    /// <summary>Gets the id of the person, an ASCII slug unique in its document, such as <c>liu-qing</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the person's name.</summary>
    public required PersonName Name { get; init; }

    /// <summary>
    /// Gets the honorific or title of address printed before the name, such as <c>Mr.</c>, <c>Dr.</c>,
    /// <c>Prof.</c>, <c>H.E.</c> or <c>Ambassador</c>: kept apart from the name, so that it can be printed or left out.
    /// </summary>
    /// <value>The honorific, or <see langword="null"/> when none is printed.</value>
    public LocalizedText? HonorificPrefix { get; init; }

    /// <summary>Gets the honorific or qualification printed after the name, such as <c>PhD</c>.</summary>
    /// <value>The honorific, or <see langword="null"/> when none is printed.</value>
    public LocalizedText? HonorificSuffix { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the person's country, where no organisation of theirs is known, such as <c>MM</c>.</summary>
    /// <value>The code, or <see langword="null"/> when not stated.</value>
    public string? CountryCode { get; init; }

    /// <summary>Gets the positions the person holds or held, each in an organisation.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<Affiliation> Affiliations { get; init => field = ContentList.From(value); } = ContentList.Empty<Affiliation>();
}
