using System.Text.Json.Nodes;
using Lmec.Content.Model;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests;

public class SchemaRegistryTests
{
    [Fact]
    public void Ids_AreTheIdsOfEveryPublishedSchema() =>
        Assert.Equal(ContentSchemas.All.Concat(ContentSchemas.Bundles).Select(static schema => schema.Id), SchemaRegistry.Default.Ids);

    [Fact]
    public void EveryReference_ResolvedOffline_NamesAnExistingSchemaNode()
    {
        foreach (var id in SchemaRegistry.Default.Ids)
        {
            foreach (var reference in References(JsonNode.Parse(SchemaRegistry.Default.GetText(id))))
            {
                var target = SchemaRegistry.Resolve(id, reference);
                Assert.True(SchemaRegistry.Default.TryGetText(target, out var text), $"{reference} in {id}");
                JsonNode? node = JsonNode.Parse(text);
                foreach (var token in JsonPointer.Parse(Uri.UnescapeDataString(target.Fragment.TrimStart('#'))))
                {
                    node = node?[token];
                }

                Assert.True(node is JsonObject, $"{reference} in {id} names nothing");
            }
        }
    }

    [Fact]
    public void GetSchema_EveryPublishedSchema_LinksEveryReference()
    {
        foreach (var published in ContentSchemas.All)
        {
            var schema = SchemaRegistry.Default.GetSchema(published);

            Assert.Equal(published.Id.AbsoluteUri, schema.DocumentPath);
            Assert.Empty(UnlinkedReferences.In(schema));
        }
    }

    [Fact]
    public void GetSchema_FromManyThreadsAtOnce_ReturnsTheOneSchemaReadOnce()
    {
        var published = ContentSchemas.ForDocumentKind(DocumentKind.NewsletterIssue);

        var schemas = Enumerable.Range(0, 16).AsParallel().Select(_ => SchemaRegistry.Default.GetSchema(published)).ToList();

        Assert.All(schemas, schema => Assert.Same(schemas[0], schema));
    }

    [Fact]
    public void TryGetText_IdWithFragment_FindsTheSchema() =>
        Assert.True(SchemaRegistry.Default.TryGetText(new Uri(ContentSchemas.Common.Id, "#/definitions/LocalizedText"), out _));

    [Fact]
    public void TryGetText_UnknownOrRelativeId_FindsNothing()
    {
        Assert.False(SchemaRegistry.Default.TryGetText(new Uri("https://example.org/other.schema.json"), out _));
        Assert.False(SchemaRegistry.Default.TryGetText(new Uri("common.schema.json", UriKind.Relative), out _));
        Assert.Throws<KeyNotFoundException>(() => SchemaRegistry.Default.GetText(new Uri("https://example.org/other.schema.json")));
    }

    [Fact]
    public void Resolve_RelativeReference_IsAbsoluteUnderTheBase()
    {
        var resolved = SchemaRegistry.Resolve(ContentSchemas.ForDocumentKind(DocumentKind.NewsletterIssue).Id, "common.schema.json#/definitions/Place");

        Assert.Equal("https://lmec.org.cn/schemas/content/v1/common.schema.json#/definitions/Place", resolved.AbsoluteUri);
        Assert.Throws<ArgumentException>(() => SchemaRegistry.Resolve(new Uri("a.json", UriKind.Relative), "b.json"));
    }

    [Fact]
    public void ForDocumentKind_EveryKind_HasARootSchema() =>
        Assert.All(Enum.GetValues<DocumentKind>(), static kind => Assert.Equal(kind, ContentSchemas.ForDocumentKind(kind).DocumentKind));

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(static member => member.Key == "$ref" ? [(string)member.Value!] : References(member.Value)),
        JsonArray array => array.SelectMany(References),
        _ => [],
    };
}
