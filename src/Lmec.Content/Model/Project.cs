namespace Lmec.Content.Model;

/// <summary>
/// A project, such as one of those the Mekong-Lancang Cooperation Special Fund supports: its name, programme, funders,
/// implementers, aims, period and countries. Declared once in a root document's <c>projects</c>; articles, events and
/// speeches refer to it by its id.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "id": "lmc-climate-resilient-water",
///   "name": { "en": "Strengthening Climate-Resilient Water Management in the Lancang-Mekong Region" },
///   "programme": { "en": "Lancang-Mekong Cooperation Special Fund" },
///   "funderIds": ["lmc-special-fund"],
///   "implementerIds": ["monre-la", "lmc-wrcc"],
///   "aims": [{ "en": "Improve flood and drought forecasting in the Mekong basin." }],
///   "startDate": "2023",
///   "endDate": "2025",
///   "countryCodes": ["KH", "LA", "TH"]
/// }
/// </code>
/// </example>
public sealed record Project : ContentObject
{
    /// <summary>Gets the id of the project, an ASCII slug unique in its document.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name of the project.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets other names and spellings of the project.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<LocalizedText> Aliases { get; init => field = ContentList.From(value); } = ContentList.Empty<LocalizedText>();

    /// <summary>Gets the programme or fund the project belongs to, such as the Mekong-Lancang Cooperation Special Fund.</summary>
    /// <value>The programme, or <see langword="null"/>.</value>
    public LocalizedText? Programme { get; init; }

    /// <summary>Gets the ids of the organisations that fund the project.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> FunderIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the ids of the organisations that carry the project out.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> ImplementerIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the aims or objectives of the project.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<LocalizedText> Aims { get; init => field = ContentList.From(value); } = ContentList.Empty<LocalizedText>();

    /// <summary>Gets when the project started, to the precision the source gives it.</summary>
    /// <value>The date, or <see langword="null"/> when not known.</value>
    public PartialDate? StartDate { get; init; }

    /// <summary>Gets when the project ended or is to end, to the precision the source gives it.</summary>
    /// <value>The date, or <see langword="null"/> when not known.</value>
    public PartialDate? EndDate { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 codes of the countries the project works in.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> CountryCodes { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the project's web page.</summary>
    /// <value>The web address, or <see langword="null"/>.</value>
    public string? Url { get; init; }

    /// <summary>Gets what the project does, in a few sentences.</summary>
    /// <value>The summary, or <see langword="null"/>.</value>
    public LocalizedText? Summary { get; init; }
}
