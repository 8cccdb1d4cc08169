namespace Lmec.Content.Model;

/// <summary>A series or programme of events, such as a roundtable dialogue held over several meetings.</summary>
/// <example>
/// <code language="json">
/// {
///   "id": "lmc-week",
///   "name": { "en": "Lancang-Mekong Cooperation Week" },
///   "aliases": [{ "en": "LMC Week" }],
///   "recurrence": { "en": "every March" }
/// }
/// </code>
/// </example>
public sealed record EventSeries : ContentObject
{
    /// <summary>Gets the id of the series, an ASCII slug.</summary>
    /// <value>The id, or <see langword="null"/> when the series has none.</value>
    public string? Id { get; init; }

    /// <summary>Gets the name of the series.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets other names and spellings the series is written under.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<LocalizedText> Aliases { get; init => field = ContentList.From(value); } = ContentList.Empty<LocalizedText>();

    /// <summary>Gets when the events of the series recur, as the source says it, such as "every March".</summary>
    /// <value>The recurrence, or <see langword="null"/> when not reported.</value>
    public LocalizedText? Recurrence { get; init; }
}
