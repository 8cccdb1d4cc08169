using System.Text.Json.Nodes;

namespace Lmec.Content.Schemas.Tests.Conformance;

/// <summary>A value of a document together with the subschema that applies to it.</summary>
/// <param name="Pointer">The JSON Pointer to the value.</param>
/// <param name="Value">The value.</param>
/// <param name="Schema">The subschema that applies to it.</param>
internal sealed record InstanceSite(string Pointer, JsonNode? Value, SchemaSite Schema)
{
    /// <summary>Gets how many containers hold the value: 0 for the root.</summary>
    internal int Depth => Pointer.Count(static c => c == '/');
}
