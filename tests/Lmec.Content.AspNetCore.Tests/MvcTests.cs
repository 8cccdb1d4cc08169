using Lmec.Content.AspNetCore.Tests.Hosting;
using Lmec.Content.Validation;

namespace Lmec.Content.AspNetCore.Tests;

/// <summary>Controller actions read through the input formatter and answer as minimal-API endpoints do; over real HTTP.</summary>
public sealed class MvcTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Bodies => [Documents.WithUnresolvedAuthor, Documents.WithUnknownMember, Documents.WithWarningAndError, "{\"kind\": ", string.Empty];

    [Fact]
    public async Task Post_ValidDocumentWithoutFromBody_ReachesTheAction()
    {
        var response = await Problem.PostAsync(_client, "/mvc/articles", Documents.Utf8(Documents.Article));

        Assert.Equal(200, response.Status);
        Assert.Equal("taf-lmec-climate-cooperation", response.Body.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Post_ContentBody_GivesTheActionTheWarnings()
    {
        var response = await Problem.PostAsync(_client, "/mvc/bodies", Documents.Utf8(Documents.WithWarning));

        Assert.Equal(200, response.Status);
        Assert.Equal(1, response.Body.GetProperty("findings").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Post_InvalidDocument_AnswersAsTheMinimalApiEndpoint(string body)
    {
        var mvc = await Problem.PostAsync(_client, "/mvc/articles", Documents.Utf8(body), language: "zh-Hans");
        var minimal = await Problem.PostAsync(_client, "/articles", Documents.Utf8(body), language: "zh-Hans");

        Assert.Equal(minimal.Status, mvc.Status);
        Assert.Equal(minimal.Type, mvc.Type);
        Assert.Equal(minimal.Language, mvc.Language);
        Assert.Equal(minimal.Findings, mvc.Findings);
        Assert.Equal(minimal.Messages, mvc.Messages);
        Assert.NotEmpty(mvc.Findings);
    }

    [Fact]
    public async Task Post_WrongContentType_Answers415AsTheMinimalApiEndpoint()
    {
        var response = await Problem.PostAsync(_client, "/mvc/articles", Documents.Utf8(Documents.Article), "text/plain");

        Assert.Equal(415, response.Status);
        Assert.Equal(ContentProblemTypes.UnsupportedMediaType, response.Type);
    }

    [Fact]
    public async Task Post_RuleViolation_Answers422()
    {
        var response = await Problem.PostAsync(_client, "/mvc/articles", Documents.Utf8(Documents.WithUnresolvedAuthor));

        Assert.Equal(422, response.Status);
        Assert.StartsWith($"{ValidationCodes.UnresolvedPerson} error at /article/authorIds/0", Assert.Single(response.Findings), StringComparison.Ordinal);
    }
}
