using System.Text.Json.Nodes;

namespace Lmec.Content.Schemas.Tests.Conformance;

/// <summary>A subschema of a committed schema file, with $refs followed: where it is, and what it says.</summary>
/// <param name="FileId">The $id of the file that holds it.</param>
/// <param name="Pointer">The JSON Pointer to it within that file.</param>
/// <param name="Node">The subschema.</param>
internal sealed record SchemaSite(Uri FileId, string Pointer, JsonObject Node)
{
    /// <summary>Gets the absolute location of one of its keywords, as validators report failing keywords.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>The location, such as <c>https://…/speech.schema.json#/properties/kind/enum</c>, fragment unescaped.</returns>
    internal string KeywordLocation(string keyword) => $"{FileId.AbsoluteUri}#{Pointer}/{keyword}";

    /// <summary>Gets a string keyword's value, or <see langword="null"/> when the subschema lacks it.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>The value.</returns>
    internal string? Text(string keyword) => (string?)Node[keyword];

    /// <summary>Gets whether the subschema has a keyword.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns><see langword="true"/> when it has it.</returns>
    internal bool Has(string keyword) => Node.ContainsKey(keyword);
}
