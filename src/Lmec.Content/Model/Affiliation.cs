namespace Lmec.Content.Model;

/// <summary>
/// A position a person holds or held: in an organisation the document declares, in one it only names, for a
/// country (<c>Myanmar's Ambassador to China</c>), or a position alone (<c>Minister</c>).
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "organisationName": { "en": "Ministry of Natural Resources and Environment" },
///   "position": { "en": "Minister" },
///   "countryCode": "TH",
///   "former": true
/// }
/// </code>
/// </example>
public sealed record Affiliation : ContentObject
{
    /// <summary>Gets the id of the organisation.</summary>
    /// <value>The id, or <see langword="null"/> when the organisation is not declared or not named.</value>
    public string? OrganisationId { get; init; }

    /// <summary>Gets the name of an organisation the text names but the document does not declare.</summary>
    /// <value>The name, or <see langword="null"/>.</value>
    public LocalizedText? OrganisationName { get; init; }

    /// <summary>Gets the position, such as <c>programme management officer</c>.</summary>
    /// <value>The position, or <see langword="null"/> when not stated.</value>
    public LocalizedText? Position { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country the position is held for, such as <c>MM</c> for Myanmar's ambassador.</summary>
    /// <value>The code, or <see langword="null"/> when not stated.</value>
    public string? CountryCode { get; init; }

    /// <summary>Gets when the person took up the position: a year, a month or a day.</summary>
    /// <value>The date, or <see langword="null"/> when not stated.</value>
    public PartialDate? StartDate { get; init; }

    /// <summary>Gets when the person left the position: a year, a month or a day.</summary>
    /// <value>The date, or <see langword="null"/> when not stated or still held.</value>
    public PartialDate? EndDate { get; init; }

    /// <summary>Gets whether the person no longer holds the position (<c>former Minister</c>).</summary>
    /// <value><see langword="true"/> for a former position; <see langword="null"/> when not stated.</value>
    public bool? Former { get; init; }
}
