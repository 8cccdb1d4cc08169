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
        ["type", "enum", "required", "additionalProperties", "propertyNames", "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "uniqueItems", "minProperties"];

    private readonly Dictionary<string, JsonObject> _files;

    /// <summary>Reads every committed schema file.</summary>
    internal SchemaWalker()
        : this(Directory.EnumerateFiles(RepositoryPaths.SchemasV1, "*.schema.json").Select(static path => File.ReadAllText(path)))
    {
    }

    /// <summary>Reads schemas given as text, such as those the code generates before they are written.</summary>
    /// <param name="texts">The text of every published schema.</param>
    internal SchemaWalker(IEnumerable<string> texts)
    {
        _files = texts
            .Select(static text => JsonNode.Parse(text)!.AsObject())
            .ToDictionary(static schema => (string)schema["$id"]!, StringComparer.Ordinal);
    }

    /// <summary>Gets the root subschema of a published schema.</summary>
    /// <param name="schema">The published schema.</param>
    /// <returns>Its root.</returns>
    internal SchemaSite Root(PublishedSchema schema) => new(schema.Id, string.Empty, _files[schema.Id.AbsoluteUri]);

    /// <summary>Lists every subschema of a schema, itself first: under <c>properties</c>, <c>definitions</c>, <c>items</c>, <c>additionalProperties</c> and <c>allOf</c>.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="pointer">The pointer to it.</param>
    /// <returns>The subschemas with their pointers.</returns>
    internal static IEnumerable<(string Pointer, JsonObject Node)> Subschemas(JsonObject schema, string pointer = "")
    {
        yield return (pointer, schema);
        foreach (var (keyword, value) in schema)
        {
            var children = keyword switch
            {
                "properties" or "definitions" => value!.AsObject().Select(member => (JsonPointer.Append(JsonPointer.Append(pointer, keyword), member.Key), member.Value!.AsObject())),
                "items" or "additionalProperties" when value is JsonObject => [(JsonPointer.Append(pointer, keyword), value.AsObject())],
                "allOf" => value!.AsArray().Select((item, index) => (JsonPointer.Append(JsonPointer.Append(pointer, keyword), index), item!.AsObject())),
                _ => [],
            };
            foreach (var (childPointer, child) in children)
            {
                foreach (var subschema in Subschemas(child, childPointer))
                {
                    yield return subschema;
                }
            }
        }
    }

    /// <summary>Lists the location of every constraint of every schema file.</summary>
    /// <returns>The keyword locations.</returns>
    internal IReadOnlySet<string> AllConstraints()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, file) in _files)
        {
            foreach (var (pointer, node) in Subschemas(file))
            {
                var site = new SchemaSite(new Uri(id), pointer, node);
                foreach (var (keyword, value) in node)
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
                }
            }
        }

        return found;
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

        // A map (multilingual text): a key of the right form holds a value of the additionalProperties schema.
        return schema.Node["additionalProperties"] is JsonObject values && (string?)schema.Node["propertyNames"]?["pattern"] is { } pattern && Regex.IsMatch(name, pattern)
            ? schema with { Pointer = JsonPointer.Append(schema.Pointer, "additionalProperties"), Node = values }
            : null;
    }

    private SchemaSite Dereference(SchemaSite schema)
    {
        // A member with a description of its own refers to its type through a one-item allOf.
        while ((string?)(schema.Node["$ref"] ?? schema.Node["allOf"]?[0]?["$ref"]) is { } reference)
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
