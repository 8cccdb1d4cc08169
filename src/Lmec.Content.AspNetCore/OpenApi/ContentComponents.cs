using System.Text.Json.Nodes;
using Lmec.Content.Schemas;

namespace Lmec.Content.AspNetCore.OpenApi;

/// <summary>
/// The OpenAPI components of the request and response bodies, as JSON texts: the published JSON Schemas of version 1,
/// each root and entity schema and each of their definitions as one component (named <c>Lmec.</c> and its title or
/// definition name, so that no application's own schema is overwritten), with every <c>$ref</c> pointed at the
/// component it names and nothing else changed; and the problem details, findings and NDJSON results the endpoints write.
/// </summary>
internal static class ContentComponents
{
    /// <summary>The prefix of every component name.</summary>
    internal const string Prefix = "Lmec.";

    /// <summary>The component of a problem response.</summary>
    internal const string Problem = Prefix + "ContentProblem";

    /// <summary>The component of one result line of an NDJSON answer.</summary>
    internal const string LineResult = Prefix + "ContentLineResult";

    private const string Finding = Prefix + "ContentFinding";

    private static readonly Lazy<IReadOnlyList<(string Name, string Json)>> Components = new(Build);

    /// <summary>Gets every component: name and JSON text, with references of the form <c>#/components/schemas/Lmec.X</c>.</summary>
    internal static IReadOnlyList<(string Name, string Json)> All => Components.Value;

    /// <summary>Gets the name of the component of a published schema's root.</summary>
    /// <param name="schema">The published schema of a root document or an entity.</param>
    /// <returns>The name, such as <c>Lmec.ArticleDocument</c>.</returns>
    internal static string NameOf(PublishedSchema schema) => Prefix + Title(schema);

    private static string Title(PublishedSchema schema) =>
        JsonNode.Parse(SchemaRegistry.Default.GetText(schema.Id))!["title"]!.GetValue<string>();

    private static List<(string Name, string Json)> Build()
    {
        var components = new List<(string Name, string Json)>();
        foreach (var schema in ContentSchemas.All)
        {
            var root = JsonNode.Parse(SchemaRegistry.Default.GetText(schema.Id))!.AsObject();
            Rewrite(root, schema.Id);
            if (root["definitions"] is JsonObject definitions)
            {
                foreach (var (name, definition) in definitions)
                {
                    components.Add((Prefix + name, definition!.ToJsonString()));
                }
            }

            if (schema.ModelType is not null)
            {
                root.Remove("$schema");
                root.Remove("$id");
                root.Remove("definitions");
                components.Add((Prefix + root["title"]!.GetValue<string>(), root.ToJsonString()));
            }
        }

        components.Add((Problem, ProblemSchema));
        components.Add((Finding, FindingSchema));
        components.Add((LineResult, LineResultSchema));
        var twice = components.GroupBy(static component => component.Name).FirstOrDefault(static group => group.Count() > 1);
        return twice is null
            ? components
            : throw new InvalidOperationException($"Two published definitions are named {twice.Key}; OpenAPI components need names of their own.");
    }

    /// <summary>Points every <c>$ref</c> under a node at its component: a schema file at its root's, a <c>#/definitions/X</c> at X's.</summary>
    private static void Rewrite(JsonNode? node, Uri baseId)
    {
        switch (node)
        {
            case JsonObject members:
                if (members["$ref"] is JsonValue reference)
                {
                    members["$ref"] = "#/components/schemas/" + Target(baseId, reference.GetValue<string>());
                }

                foreach (var (_, value) in members)
                {
                    Rewrite(value, baseId);
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    Rewrite(item, baseId);
                }

                break;
        }
    }

    private static string Target(Uri baseId, string reference)
    {
        const string Definitions = "#/definitions/";
        var target = SchemaRegistry.Resolve(baseId, reference);
        var file = ContentSchemas.All.Single(schema => schema.Id.AbsoluteUri == target.GetLeftPart(UriPartial.Query));
        return target.Fragment switch
        {
            "" or "#" => NameOf(file),
            var fragment when fragment.StartsWith(Definitions, StringComparison.Ordinal) => Prefix + Uri.UnescapeDataString(fragment[Definitions.Length..]),
            var fragment => throw new InvalidOperationException($"The reference '{reference}' in {baseId} names {fragment}, which is no definition."),
        };
    }

    private const string ProblemSchema = """
        {
          "title": "ContentProblem",
          "description": "Problem details (RFC 9457) of a request whose document was not accepted. Members beside these, such as traceId, may be added by the application.",
          "type": "object",
          "required": ["type", "title", "status"],
          "properties": {
            "type": { "description": "What kind of problem it is: one URI per cause, listed in docs/aspnetcore.md.", "type": "string", "format": "uri" },
            "title": { "description": "A short summary of the kind of problem, the same for every occurrence.", "type": "string" },
            "status": { "description": "The HTTP status code: 400, 408, 413, 415 or 422.", "type": "integer" },
            "detail": { "description": "What went wrong with this request.", "type": "string" },
            "instance": { "description": "The occurrence of the problem.", "type": "string" },
            "findings": { "description": "Every finding of validation, errors first as found, warnings where the endpoint lists them.", "type": "array", "items": { "$ref": "#/components/schemas/Lmec.ContentFinding" } }
          }
        }
        """;

    private const string FindingSchema = """
        {
          "title": "ContentFinding",
          "description": "One finding of validation.",
          "type": "object",
          "additionalProperties": false,
          "required": ["code", "severity", "pointer", "message"],
          "properties": {
            "code": { "description": "The stable code, such as LMEC201; see docs/validation-rules.md.", "type": "string", "minLength": 1 },
            "severity": { "description": "How serious the finding is.", "type": "string", "enum": ["error", "warning"] },
            "pointer": { "description": "The RFC 6901 JSON Pointer to the value, with the wire names of the members; empty for the whole document.", "type": "string" },
            "line": { "description": "The line in the body, from 1.", "type": "integer", "minimum": 1 },
            "column": { "description": "The column in the line, from 1, in Unicode scalar values.", "type": "integer", "minimum": 1 },
            "message": { "description": "What is wrong and what to write instead, in the language of Content-Language.", "type": "string" }
          }
        }
        """;

    private const string LineResultSchema = """
        {
          "title": "ContentLineResult",
          "description": "The result of one line of an NDJSON body, written as that line is read.",
          "type": "object",
          "additionalProperties": false,
          "required": ["line", "valid", "findings"],
          "properties": {
            "line": { "description": "The line's number in the body, from 1.", "type": "integer", "minimum": 1 },
            "valid": { "description": "Whether the line holds a valid document.", "type": "boolean" },
            "findings": { "description": "The line's findings; lines and columns are counted within the line.", "type": "array", "items": { "$ref": "#/components/schemas/Lmec.ContentFinding" } },
            "result": { "description": "What the endpoint made of a valid document, such as where it was stored." }
          }
        }
        """;
}
