using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>
/// The rules of the format that a JSON Schema cannot state, because they relate values at different places
/// of a document: the one list of allowed differences between the typed verdict and the schemas' verdict.
/// A finding with one of these codes may make the typed path reject a document the schemas accept; any
/// other difference, either way, is a disagreement. Kept apart from the test so that it can move into
/// <c>Lmec.Content</c> (beside the wire contract) unchanged.
/// </summary>
internal static class SchemaInexpressibleRules
{
    /// <summary>Gets the codes of those rules, each with the reason a schema cannot state it.</summary>
    internal static IReadOnlyDictionary<string, string> Codes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ValidationCodes.DuplicateId] = "ids unique across a document: uniqueItems compares whole items, not one member of them",
        [ValidationCodes.UnresolvedOrganisation] = "a reference resolves to a declared organisation: a value compared with values elsewhere",
        [ValidationCodes.UnresolvedPerson] = "a reference resolves to a declared person: a value compared with values elsewhere",
        [ValidationCodes.ParentCycle] = "no organisation is its own ancestor: a walk over references",
        [ValidationCodes.EventEndsBeforeStart] = "an event's end is not before its start: two values compared",
        [ValidationCodes.EventAfterIssue] = "an event starts no later than the issue reporting it: two values compared",
        [ValidationCodes.IssueYearMismatch] = "an issue's year is its publication date's year: two values compared",
        [ValidationCodes.RecommendationOrdinals] = "recommendations numbered 1, 2, 3 in order: values compared with their positions",
        [ValidationCodes.MissingPrimaryLanguage] = "every text has the document's language: a key named by a value elsewhere",
    };
}
