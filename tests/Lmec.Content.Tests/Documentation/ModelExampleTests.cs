using System.Text.Json;
using System.Text.Json.Nodes;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Tests.Documentation;

/// <summary>The examples <c>docs/model.md</c> shows, from the model's XML documentation, read as their types and written back unchanged.</summary>
public class ModelExampleTests
{
    public static TheoryData<string> EntitiesWithExamples()
    {
        var docs = XmlDocumentation.For(typeof(ContentDocument).Assembly);
        var data = new TheoryData<string>();
        foreach (var type in ModelDocumentation.Entities().Where(type => docs.Example(type) is not null))
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Theory]
    [InlineData(typeof(ArticleSource))]
    [InlineData(typeof(Contributor))]
    [InlineData(typeof(TextTranslation))]
    [InlineData(typeof(Representation))]
    [InlineData(typeof(PersonRole))]
    [InlineData(typeof(OnlinePlatform))]
    [InlineData(typeof(RelatedDocument))]
    [InlineData(typeof(Project))]
    [InlineData(typeof(MediaObject))]
    [InlineData(typeof(Count))]
    [InlineData(typeof(EventDocument))]
    [InlineData(typeof(EventRelation))]
    public void EntityOfIssue15_HasAnExampleThatDocsShow(Type entity)
    {
        Assert.Contains(entity, ModelDocumentation.Entities());
        Assert.NotNull(XmlDocumentation.For(typeof(ContentDocument).Assembly).Example(entity));
    }

    [Theory]
    [MemberData(nameof(EntitiesWithExamples))]
    public void Example_ReadsStrictlyAndWritesBackTheSameJson(string entity)
    {
        var type = ModelDocumentation.Entities().Single(candidate => candidate.Name == entity);
        var example = XmlDocumentation.For(typeof(ContentDocument).Assembly).Example(type)!;
        var options = ContentJson.GetOptions(ContentReadMode.Strict);

        var value = JsonSerializer.Deserialize(example, options.GetTypeInfo(type));
        var written = JsonSerializer.Serialize(value, options.GetTypeInfo(type));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(example), JsonNode.Parse(written)), $"{entity}: the example is written back as {written}");
    }
}
