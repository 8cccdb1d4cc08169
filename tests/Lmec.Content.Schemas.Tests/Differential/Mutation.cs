using System.Text.Json.Nodes;

namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>One change of a document: set or remove the value at a pointer.</summary>
/// <param name="Kind">What the change does, such as <c>edge Timestamp</c> or <c>unknown member</c>.</param>
/// <param name="Pointer">The JSON Pointer to the value changed.</param>
/// <param name="Value">The new value as JSON text, or <see langword="null"/> to remove the member or item.</param>
internal sealed record Mutation(string Kind, string Pointer, string? Value)
{
    /// <summary>Applies the change to a document in place.</summary>
    /// <param name="document">The document.</param>
    internal void Apply(JsonNode document) =>
        Conformance.JsonNodeEdits.Apply(document, Pointer, Value is null ? null : JsonNode.Parse(Value), remove: Value is null);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}: {Pointer} {(Value is null ? "removed" : "= " + Shorten(Value))}";

    private static string Shorten(string value) => value.Length <= 80 ? value : $"{value[..40]}…{value[^20..]} ({value.Length} chars)";
}
