using System.Text.Json.Nodes;

namespace Lmec.Content.Schemas.Tests.Conformance;

/// <summary>One breakage of a sweep: what to change, which constraint it breaks, and what must be found.</summary>
/// <param name="Pointer">The pointer to set or remove.</param>
/// <param name="Remove">Whether to remove the member rather than set it.</param>
/// <param name="Value">The value to set.</param>
/// <param name="ConstraintKey">The constraint it breaks: a keyword location, with the member name for <c>required</c>.</param>
/// <param name="Errors">The findings it must produce.</param>
internal sealed record SweepTarget(string Pointer, bool Remove, JsonNode? Value, string ConstraintKey, IReadOnlyList<ExpectedError> Errors);
