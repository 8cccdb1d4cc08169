using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Schemas.Tests.Conformance;
using Lmec.Content.Serialization;

namespace Lmec.Content.Schemas.Tests.Generation;

/// <summary>Laws every published schema keeps, whatever the model grows into.</summary>
public class SchemaConventionsTests
{
    /// <summary>
    /// The keywords NJsonSchema, JsonSchema.Net and Ajv implement alike; NJsonSchema ignores const, if, contains,
    /// propertyNames, dependencies, $defs and more. The one exception, <c>propertyNames</c> with a pattern beside an
    /// <c>additionalProperties</c> schema (a map, the form generators keep as one), NJsonSchema reads as the
    /// equivalent <c>patternProperties</c> (<c>NJsonSchemaForm</c> in <c>Lmec.Content.Schemas.Checking</c>).
    /// </summary>
    private static readonly HashSet<string> PortableKeywords =
    [
        "$schema", "$id", "$ref", "allOf", "title", "description", "definitions", "type", "properties", "required", "additionalProperties",
        "propertyNames", "minProperties", "items", "uniqueItems", "enum", "minLength", "maxLength", "pattern", "format", "minimum", "maximum",
    ];

    private const string LocalPrefix = "#/definitions/";

    public static TheoryData<string> FileNames() => [.. ContentSchemas.All.Concat(ContentSchemas.Bundles).Select(static schema => schema.FileName)];

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Schema_DeclaresDraft07AndItsVersionedId(string fileName)
    {
        var schema = Read(fileName);

        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)schema["$schema"]);
        Assert.Equal("https://lmec.org.cn/schemas/content/v1/" + fileName, (string?)schema["$id"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)schema["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)schema["description"]));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Schema_UsesOnlyPortableKeywords_AndForbidsUnknownMembersEverywhere(string fileName)
    {
        foreach (var (pointer, node) in SchemaWalker.Subschemas(Read(fileName)))
        {
            Assert.All(node.Select(static member => member.Key), keyword => Assert.True(PortableKeywords.Contains(keyword), $"{fileName}#{pointer} uses '{keyword}'"));
            if (node.ContainsKey("properties"))
            {
                Assert.True(node["additionalProperties"]?.GetValueKind() == JsonValueKind.False, $"{fileName}#{pointer} allows unknown members");
            }

            if (node["additionalProperties"] is JsonObject)
            {
                Assert.True(node["propertyNames"] is JsonObject { Count: 1 } names && names.ContainsKey("pattern") && !node.ContainsKey("properties"), $"{fileName}#{pointer}: a map's keys need a pattern");
            }
        }
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Schema_References_HaveNoKeywordBesideThem(string fileName)
    {
        // Generators read a $ref with siblings badly: json-schema-to-typescript copies the target type once per such $ref.
        foreach (var (pointer, node) in SchemaWalker.Subschemas(Read(fileName)))
        {
            if (node.ContainsKey("$ref"))
            {
                Assert.True(node.Count == 1, $"{fileName}#{pointer}: {string.Join(", ", node.Select(static member => member.Key))} beside $ref");
            }

            if (node["allOf"] is JsonArray allOf)
            {
                Assert.True(allOf is [JsonObject { Count: 1 } only] && only.ContainsKey("$ref") && node.All(static member => member.Key is "allOf" or "description"), $"{fileName}#{pointer}: allOf other than one $ref with a description");
            }
        }
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Schema_EveryDefinition_HasItsTypeNameAsTitle(string fileName)
    {
        foreach (var (name, node) in Read(fileName)["definitions"]?.AsObject() ?? [])
        {
            Assert.Equal(name, (string?)node!["title"]);
        }
    }

    [Fact]
    public void Bundles_ReferOnlyWithinThemselves_AndHoldTheirRootsSchema()
    {
        foreach (var bundle in ContentSchemas.Bundles)
        {
            var text = Read(bundle.FileName);
            var modular = Read(ContentSchemas.ForDocumentKind(bundle.DocumentKind!.Value).FileName);
            var references = SchemaWalker.Subschemas(text).Select(static site => (string?)(site.Node["$ref"] ?? site.Node["allOf"]?[0]?["$ref"])).OfType<string>().ToList();

            Assert.Equal(bundle.Id.AbsoluteUri, (string?)text["$id"]);
            Assert.NotEmpty(references);
            Assert.All(references, reference => Assert.True(reference == "#" || text["definitions"]![reference[LocalPrefix.Length..]] is not null && reference.StartsWith(LocalPrefix, StringComparison.Ordinal), $"{bundle.FileName}: {reference}"));
            Assert.True(JsonNode.DeepEquals(modular["properties"]!["kind"], text["properties"]!["kind"]));
            Assert.Equal(modular["title"]!.ToJsonString(), text["title"]!.ToJsonString());
        }
    }

    [Fact]
    public void LocalizedText_IsAMapOfStrings_KeyedByLanguageTags()
    {
        var text = Read("common.schema.json")["definitions"]!["LocalizedText"]!;

        Assert.Equal(WirePatterns.LanguageTag, (string?)text["propertyNames"]!["pattern"]);
        Assert.Equal("string", (string?)text["additionalProperties"]!["type"]);
        Assert.Null(text["properties"]);
        Assert.Null(text["patternProperties"]);
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Schema_Patterns_AreAnchoredPortableAndAsciiDigitOnly(string fileName)
    {
        var patterns = SchemaWalker.Subschemas(Read(fileName))
            .SelectMany(static site => new[] { site.Node["pattern"], site.Node["propertyNames"]?["pattern"] }.OfType<JsonNode>().Select(static pattern => (string)pattern!));

        // The one pattern that is not anchored says that a text holds a character that is not white space.
        Assert.All(patterns.Where(static pattern => pattern != WirePatterns.NotBlank), static pattern =>
        {
            Assert.StartsWith("^", pattern, StringComparison.Ordinal);
            Assert.EndsWith(@"$(?![\s\S])", pattern, StringComparison.Ordinal);
            Assert.DoesNotContain(@"\d", pattern, StringComparison.Ordinal);
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        });
    }

    [Fact]
    public void RootSchemas_RequireTheirKindAsItsOneWireValue()
    {
        foreach (var schema in ContentSchemas.All.Where(static schema => schema.DocumentKind is not null))
        {
            var root = Read(schema.FileName);
            var wireName = JsonSerializer.Serialize(schema.DocumentKind!.Value, ContentJson.GetOptions(ContentReadMode.Strict).GetTypeInfo(typeof(DocumentKind)));

            Assert.Contains("kind", root["required"]!.AsArray().Select(static name => (string?)name));
            Assert.Equal("[" + wireName + "]", root["properties"]!["kind"]!["enum"]!.ToJsonString());
        }
    }

    [Fact]
    public void ModelDefinitions_MembersAndRequired_AreTheSerializerContract()
    {
        var options = ContentJson.GetOptions(ContentReadMode.Strict);
        var checkedTypes = 0;
        foreach (var schema in ContentSchemas.All)
        {
            var file = Read(schema.FileName);
            var definitions = (file["definitions"]?.AsObject() ?? []).Select(static pair => (pair.Key, Node: pair.Value!.AsObject()));
            foreach (var (name, node) in definitions.Append(((string)file["title"]!, file)))
            {
                var type = typeof(ContentObject).Assembly.GetType("Lmec.Content.Model." + name);
                if (type is null || !typeof(ContentObject).IsAssignableFrom(type))
                {
                    continue;
                }

                var contract = options.GetTypeInfo(type).Properties.Where(static property => !property.IsExtensionData && (property.Get is not null || property.Set is not null)).ToList();
                Assert.Equal(contract.Select(static property => property.Name), node["properties"]!.AsObject().Select(static member => member.Key));
                Assert.Equal(contract.Where(static property => property.IsRequired).Select(static property => property.Name), node["required"]?.AsArray().Select(static member => (string)member!) ?? []);
                checkedTypes++;
            }
        }

        Assert.Equal(typeof(ContentObject).Assembly.GetTypes().Count(static type => type is { IsAbstract: false } && typeof(ContentObject).IsAssignableFrom(type)), checkedTypes);
    }

    [Fact]
    public void EnumDefinitions_ListTheWireValuesInOrder()
    {
        var options = ContentJson.GetOptions(ContentReadMode.Strict);
        foreach (var schema in ContentSchemas.All)
        {
            foreach (var (name, node) in Read(schema.FileName)["definitions"]?.AsObject() ?? [])
            {
                if (node!["enum"] is JsonArray values)
                {
                    var type = typeof(ContentObject).Assembly.GetType("Lmec.Content.Model." + name)!;
                    Assert.Equal(Enum.GetValues(type).Cast<object>().Select(value => JsonSerializer.Serialize(value, type, options)), values.Select(static value => value!.ToJsonString()));
                }
            }
        }
    }

    private static JsonObject Read(string fileName) => JsonNode.Parse(SchemaRegistry.Default.GetText(new Uri(ContentSchemas.BaseUri, fileName)))!.AsObject();
}
