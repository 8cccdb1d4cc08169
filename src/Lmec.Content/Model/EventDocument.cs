namespace Lmec.Content.Model;

/// <summary>
/// A document of the root document's <c>documents</c> and what happened to it at an event: released, adopted,
/// signed, discussed or presented.
/// </summary>
/// <example>
/// <code language="json">
/// { "documentId": "vientiane-action-plan-2025-2027", "relation": "adopted" }
/// </code>
/// </example>
public sealed record EventDocument : ContentObject
{
    /// <summary>Gets the id of the document, one the root document declares in its <c>documents</c>.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Gets what happened to the document at the event.</summary>
    public required DocumentRelationKind Relation { get; init; }
}
