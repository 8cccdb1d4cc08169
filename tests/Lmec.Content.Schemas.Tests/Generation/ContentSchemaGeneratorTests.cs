using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Schemas.Tests.Agreement;
using Lmec.Content.Serialization;

namespace Lmec.Content.Schemas.Tests.Generation;

public class ContentSchemaGeneratorTests
{
    private const string Base = "https://lmec.org.cn/schemas/content/v1/";
    private static readonly Uri Id = new("https://partner.example.org/schemas/partner-submission.schema.json");
    private static readonly JsonSerializerOptions SerializerOptions = new(ContentJson.GetOptions(ContentReadMode.Strict))
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ContentJson.GetOptions(ContentReadMode.Strict).TypeInfoResolver, new DefaultJsonTypeInfoResolver()),
    };

    private static readonly Lazy<string> Schema = new(() => ContentSchemaGenerator.Generate(typeof(PartnerSubmission), Id));

    [Fact]
    public void Generate_TypeHoldingModelTypes_RefersToThePublishedIdsWithoutCopying()
    {
        var schema = JsonNode.Parse(Schema.Value)!;

        Assert.Equal(ContentSchemas.JsonSchemaDraft, (string?)schema["$schema"]);
        Assert.Equal(Id.AbsoluteUri, (string?)schema["$id"]);
        Assert.Equal(Base + "article.schema.json", (string?)schema["properties"]!["article"]!["allOf"]![0]!["$ref"]);
        Assert.Equal(Base + "person.schema.json", (string?)schema["properties"]!["reviewers"]!["items"]!["$ref"]);
        Assert.Equal(Base + "common.schema.json#/definitions/LocalizedText", (string?)schema["properties"]!["comment"]!["allOf"]![0]!["$ref"]);
        Assert.Equal(["PartnerNote", "PartnerReviewStatus"], schema["definitions"]!.AsObject().Select(static definition => definition.Key));
    }

    [Fact]
    public void Generate_TypeHoldingModelTypes_FollowsTheConventionsOfThePublishedSchemas()
    {
        var schema = JsonNode.Parse(Schema.Value)!;
        var properties = schema["properties"]!;

        Assert.Equal(["submissionId", "article"], schema["required"]!.AsArray().Select(static name => (string?)name));
        Assert.False((bool)schema["additionalProperties"]!);
        Assert.Equal(WirePatterns.Identifier, (string?)properties["submissionId"]!["pattern"]);
        Assert.Equal(WirePatterns.Date, (string?)properties["receivedOn"]!["pattern"]);
        Assert.Null(properties["receivedOn"]!["format"]);
        Assert.Equal("The integrator's own id of the submission.", (string?)properties["submissionId"]!["description"]);
        Assert.Equal(["Received", "Accepted"], schema["definitions"]!["PartnerReviewStatus"]!["enum"]!.AsArray().Select(static value => (string?)value));
        Assert.Equal("email", (string?)schema["definitions"]!["PartnerNote"]!["properties"]!["emails"]!["items"]!["format"]);
        Assert.DoesNotContain("extensionData", Schema.Value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("unknownMembers", Schema.Value, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Generate_Schema_ValidatesInstancesWithThePublishedSchemasResolvedByAnotherValidator()
    {
        var validator = new JsonSchemaNetValidator();
        validator.Add(Schema.Value);
        var article = JsonNode.Parse(File.ReadAllText(Path.Combine(Conformance.InvalidCorpus.ValidFolder, "article-document-every-member.json")))!["article"]!;
        var valid = new JsonObject { ["submissionId"] = "taf-2023-05", ["article"] = article.DeepClone(), ["status"] = "Accepted", ["receivedOn"] = "2023-05-10" };
        var invalid = valid.DeepClone().AsObject();
        invalid["article"]!.AsObject().Remove("headline");

        Assert.True(validator.Evaluate(Id, valid.ToJsonString()));
        Assert.False(validator.Evaluate(Id, invalid.ToJsonString()));
    }

    [Fact]
    public void Generate_InstanceWrittenByTheSerializer_IsValid()
    {
        var validator = new JsonSchemaNetValidator();
        validator.Add(Schema.Value);
        var submission = new PartnerSubmission
        {
            SubmissionId = "s-1",
            Article = new Article { Id = "a", Headline = new LocalizedText("en", "H") },
            Note = new PartnerNote { Text = new LocalizedText("en", "N"), Emails = ["a@example.org"] },
        };
        Assert.True(validator.Evaluate(Id, JsonSerializer.Serialize(submission, SerializerOptions)));
    }

    [Fact]
    public void Generate_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => ContentSchemaGenerator.Generate(typeof(Article), Id));
        Assert.Throws<ArgumentException>(() => ContentSchemaGenerator.Generate(typeof(PartnerSubmission), new Uri("partner.schema.json", UriKind.Relative)));
        Assert.Throws<ArgumentNullException>(() => ContentSchemaGenerator.Generate(null!, Id));
        Assert.Throws<InvalidOperationException>(() => ContentSchemaGenerator.Generate(typeof(List<string>), Id));
    }
}
