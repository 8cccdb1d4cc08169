namespace Lmec.Content.Model;

/// <summary>
/// An organisation: a ministry, agency, centre, United Nations body, foundation office, institute or
/// company, with its names, the body it belongs to, its countries and its contact details.
/// </summary>
public sealed record Organisation : ContentObject
{
    /// <summary>Gets the id of the organisation, an ASCII slug unique in its document, such as <c>mee</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the official name, in as many languages as known.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets the abbreviation, such as <c>MEE</c>.</summary>
    /// <value>The abbreviation, or <see langword="null"/> when the organisation has none.</value>
    public string? Abbreviation { get; init; }

    /// <summary>Gets other names the organisation is written under, such as a variant spelling in a publication.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<LocalizedText> Aliases { get; init => field = ContentList.From(value); } = ContentList.Empty<LocalizedText>();

    /// <summary>Gets what kind of body it is.</summary>
    /// <value>The kind, or <see langword="null"/> when unknown.</value>
    public OrganisationKind? Kind { get; init; }

    /// <summary>Gets the id of the organisation this one belongs to, such as a ministry for its centre.</summary>
    /// <value>The id, or <see langword="null"/> for an organisation that belongs to none.</value>
    public string? ParentId { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 codes of the countries the organisation belongs to or works in as a national body.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty, as for an international organisation.</value>
    public IReadOnlyList<string> CountryCodes { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the year the organisation was established.</summary>
    /// <value>The year, or <see langword="null"/> when unknown.</value>
    public int? FoundedYear { get; init; }

    /// <summary>Gets where the organisation is based.</summary>
    /// <value>The place, or <see langword="null"/> when unknown.</value>
    public Place? Headquarters { get; init; }

    /// <summary>Gets what the organisation aims to do.</summary>
    /// <value>The mission, or <see langword="null"/> when not stated.</value>
    public LocalizedText? Mission { get; init; }

    /// <summary>Gets how to reach the organisation.</summary>
    /// <value>The contact details, or <see langword="null"/> when none are given.</value>
    public ContactDetails? Contact { get; init; }
}
