namespace Lmec.Content.Model;

/// <summary>
/// Another event an event relates to, such as the ministerial meeting it was a side event of or the exhibition held
/// with it: an event the document holds (<see cref="EventId"/>), or one the source only names.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "relation": "sideEventOf",
///   "name": { "en": "Fourth Lancang-Mekong Water Resources Cooperation Forum" },
///   "kind": "forum",
///   "startDate": "2024-12"
/// }
/// </code>
/// </example>
public sealed record EventRelation : ContentObject
{
    /// <summary>Gets how the event relates to the other.</summary>
    public required EventRelationKind Relation { get; init; }

    /// <summary>Gets the id of the other event, when the document holds it, as another article's event.</summary>
    /// <value>The id, or <see langword="null"/> when the document does not hold the other event; then <see cref="Name"/> names it.</value>
    public string? EventId { get; init; }

    /// <summary>Gets the name of the other event, as the source gives it.</summary>
    /// <value>The name, or <see langword="null"/> when <see cref="EventId"/> refers to the event.</value>
    public LocalizedText? Name { get; init; }

    /// <summary>Gets what kind of event the other is.</summary>
    /// <value>The kind, or <see langword="null"/> when not given.</value>
    public EventKind? Kind { get; init; }

    /// <summary>Gets the first day of the other event, or the month or year it started in.</summary>
    /// <value>The date, or <see langword="null"/> when not given.</value>
    public PartialDate? StartDate { get; init; }

    /// <summary>Gets the web address of a page about the other event.</summary>
    /// <value>An absolute <c>https</c> or <c>http</c> URL, or <see langword="null"/>.</value>
    public string? Url { get; init; }
}
