using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Conformance;

/// <summary>
/// Walks a document together with the committed schemas, as a validator would, to find which subschema
/// applies to each value; and lists every constraint the schemas state.
/// </summary>
internal sealed class SchemaWalker
{
    /// <summary>The keywords that constrain a value, as opposed to those that describe or compose.</summary>
    internal static readonly string[] ConstraintKeywords =
        ["type", "enum", "required", "additionalProperties", "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "uniqueItems", "minProperties"];

    private readonly Dictionary<string, JsonObject> _files;

    /// <summary>Reads every committed schema file.</summary>
    internal SchemaWalker()
    {
        _files = Directory.EnumerateFiles(RepositoryPaths.SchemasV1, "*.schema.json")
            .Select(static path => JsonNode.Parse(File.ReadAllText(path))!.AsObject())
            .ToDictionary(static schema => (string)schema["$id"]!, StringComparer.Ordinal);
    }

    /// <summary>Gets the root subschema of a published schema.</summary>
    /// <param name="schema">The published schema.</param>
    /// <returns>Its root.</returns>
    internal SchemaSite Root(PublishedSchema schema) => new(schema.Id, string.Empty, _files[schema.Id.AbsoluteUri]);

    /// <summary>Lists the location of every constraint of every schema file.</summary>
    /// <returns>The keyword locations.</returns>
    internal IReadOnlySet<string> AllConstraints()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, file) in _files)
        {
            Collect(new SchemaSite(new Uri(id), string.Empty, file), found);
        }

        return found;

        static void Collect(SchemaSite site, HashSet<string> found)
        {
            foreach (var (keyword, value) in site.Node)
            {
                // additionalProperties constrains only when false, uniqueItems only when true.
                var constrains = keyword switch
                {
                    "additionalProperties" => value?.GetValueKind() == JsonValueKind.False,
                    "uniqueItems" => value?.GetValueKind() == JsonValueKind.True,
                    _ => ConstraintKeywords.Contains(keyword),
                };
                if (constrains)
                {
                    found.Add(site.KeywordLocation(keyword));
                }

                if (keyword is "properties" or "definitions" or "patternProperties" && value is JsonObject members)
                {
                    foreach (var (name, member) in members)
                    {
                        Collect(site with { Pointer = JsonPointer.Append(JsonPointer.Append(site.Pointer, keyword), name), Node = member!.AsObject() }, found);
                    }
                }
                else if (keyword == "items" && value is JsonObject items)
                {
                    Collect(site with { Pointer = JsonPointer.Append(site.Pointer, keyword), Node = items }, found);
                }
            }
        }
    }

    /// <summary>Walks a document: every value, with the subschema that applies to it, parents before children.</summary>
    /// <param name="document">The document.</param>
    /// <param name="root">The subschema of the document's root.</param>
    /// <returns>The values.</returns>
    internal IEnumerable<InstanceSite> Walk(JsonNode? document, SchemaSite root) => Walk(JsonPointer.Root, document, root);

    private IEnumerable<InstanceSite> Walk(string pointer, JsonNode? value, SchemaSite schema)
    {
        schema = Dereference(schema);
        yield return new InstanceSite(pointer, value, schema);
        var children = value switch
        {
            JsonObject obj => obj.Select(member => (JsonPointer.Append(pointer, member.Key), member.Value, Member(schema, member.Key))),
            JsonArray array when schema.Node["items"] is JsonObject items =>
                array.Select((item, index) => (JsonPointer.Append(pointer, index), item, (SchemaSite?)(schema with { Pointer = JsonPointer.Append(schema.Pointer, "items"), Node = items }))),
            _ => [],
        };
        foreach (var (childPointer, child, childSchema) in children.ToList())
        {
            if (childSchema is not null)
            {
                foreach (var site in Walk(childPointer, child, childSchema))
                {
                    yield return site;
                }
            }
        }
    }

    private static SchemaSite? Member(SchemaSite schema, string name)
    {
        if (schema.Node["properties"]?[name] is JsonObject property)
        {
            return schema with { Pointer = JsonPointer.Append(JsonPointer.Append(schema.Pointer, "properties"), name), Node = property };
        }

        var pattern = schema.Node["patternProperties"]?.AsObject().FirstOrDefault();
        return pattern is { Key: { } key, Value: JsonObject value } && Regex.IsMatch(name, key)
            ? schema with { Pointer = JsonPointer.Append(JsonPointer.Append(schema.Pointer, "patternProperties"), key), Node = value }
            : null;
    }

    private SchemaSite Dereference(SchemaSite schema)
    {
        while ((string?)schema.Node["$ref"] is { } reference)
        {
            var target = new Uri(schema.FileId, reference);
            var fileId = new Uri(target.GetLeftPart(UriPartial.Query));
            var pointer = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
            JsonNode node = _files[fileId.AbsoluteUri];
            foreach (var token in JsonPointer.Parse(pointer))
            {
                node = node[token]!;
            }

            schema = new SchemaSite(fileId, pointer, node.AsObject());
        }

        return schema;
    }
}
