namespace Lmec.Content.Model;

/// <summary>
/// A document that content refers to — a strategy, a framework, a declaration, an action plan, a report, a letter —
/// declared once in a root document's <c>documents</c> and referred to by its id, as an event's documents are.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "id": "vientiane-action-plan-2025-2027",
///   "kind": "actionPlan",
///   "title": { "en": "Vientiane Action Plan on Climate-Resilient Water Management 2025–2027" },
///   "date": "2024-12-06",
///   "issuerIds": ["monre-la", "lmc-wrcc"],
///   "url": "https://www.monre.gov.la/documents/vientiane-action-plan-2025-2027.pdf"
/// }
/// </code>
/// </example>
public sealed record RelatedDocument : ContentObject
{
    /// <summary>Gets the id of the document, an ASCII slug unique in its root document.</summary>
    public required string Id { get; init; }

    /// <summary>Gets what kind of document it is.</summary>
    /// <value>The kind, or <see langword="null"/> when not known.</value>
    public RelatedDocumentKind? Kind { get; init; }

    /// <summary>Gets the title of the document.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>Gets the date of the document, to the precision the source gives it.</summary>
    /// <value>The date, or <see langword="null"/> when not known.</value>
    public PartialDate? Date { get; init; }

    /// <summary>Gets the ids of the organisations that issued the document.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> IssuerIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets where the document can be read.</summary>
    /// <value>The web address, or <see langword="null"/>.</value>
    public string? Url { get; init; }

    /// <summary>Gets the ids of the projects the document belongs to or reports on.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> ProjectIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets what the document says, in a few sentences.</summary>
    /// <value>The summary, or <see langword="null"/>.</value>
    public LocalizedText? Summary { get; init; }
}
