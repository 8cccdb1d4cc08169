using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lmec.Content.Schemas.Generation;

/// <summary>Writes a schema, or a document of the conformance corpus, as a file: indented by two spaces, <c>\n</c> line ends, readable patterns.</summary>
internal static class SchemaText
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // A schema is never embedded in HTML; patterns stay readable (`+`, `&`, `'` unescaped).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a schema.</summary>
    /// <param name="schema">The schema.</param>
    /// <returns>The text, ending in a line feed.</returns>
    internal static string Write(JsonNode schema) => schema.ToJsonString(Options) + "\n";
}
