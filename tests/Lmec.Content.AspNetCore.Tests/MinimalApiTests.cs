using System.Text;
using Lmec.Content.AspNetCore.Tests.Hosting;
using Lmec.Content.Validation;

namespace Lmec.Content.AspNetCore.Tests;

/// <summary>Minimal-API endpoints with a document parameter, over real HTTP.</summary>
public sealed class MinimalApiTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/articles", "article-asia-foundation-submission.json", "taf-lmec-climate-cooperation")]
    [InlineData("/newsletter-issues", "newsletter-2023-06.json", "NewsletterIssue")]
    [InlineData("/documents", "organisation-directory-lancang-mekong-ministries.json", "OrganisationDirectory")]
    [InlineData("/documents", "newsletter-2023-06.json", "NewsletterIssue")]
    public async Task Post_ValidDocument_ReachesTheHandler(string path, string example, string expected)
    {
        var response = await Problem.PostAsync(_client, path, File.ReadAllBytes(Lmec.Content.Testing.RepositoryPaths.Example(example)));

        Assert.Equal(200, response.Status);
        Assert.Equal(expected, response.Body.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Post_DocumentThatBreaksARule_Answers422WithEveryFinding()
    {
        var response = await Problem.PostAsync(_client, "/articles", Documents.Utf8(Documents.WithUnresolvedAuthor));

        Assert.Equal(422, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal(ContentProblemTypes.InvalidDocument, response.Type);
        Assert.Equal(422, response.Body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(response.Body.GetProperty("title").GetString()));
        var finding = Assert.Single(response.Findings);
        Assert.StartsWith($"{ValidationCodes.UnresolvedPerson} error at /article/authorIds/0 (", finding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownMember_Answers400AtItsPointerWithLineAndColumn()
    {
        var response = await Problem.PostAsync(_client, "/articles", Documents.Utf8(Documents.WithUnknownMember));

        Assert.Equal(400, response.Status);
        Assert.Equal(ContentProblemTypes.UnreadableDocument, response.Type);
        Assert.Contains(response.Findings, static finding => finding.StartsWith($"{ValidationCodes.UnknownMember} error at /article/reviewStatus (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_DocumentOfAnotherKind_Answers400()
    {
        var response = await Problem.PostAsync(_client, "/articles", Documents.Utf8(Documents.Newsletter));

        Assert.Equal(400, response.Status);
        Assert.Contains(response.Findings, static finding => finding.StartsWith(ValidationCodes.KindMismatch, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"kind\": \"article\",}", ValidationCodes.InvalidSyntax, "(1:19)")]
    [InlineData("{\n  // a comment\n}", ValidationCodes.InvalidSyntax, "(2:3)")]
    [InlineData("", ValidationCodes.EmptyDocument, "(1:1)")]
    public async Task Post_NotStrictJson_Answers400WithLineAndColumn(string body, string code, string position)
    {
        var response = await Problem.PostAsync(_client, "/articles", Documents.Utf8(body));

        Assert.Equal(400, response.Status);
        Assert.Equal(ContentProblemTypes.UnreadableDocument, response.Type);
        Assert.Contains(response.Findings, finding => finding.StartsWith(code, StringComparison.Ordinal) && finding.EndsWith(position, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_Utf16Body_Answers400NotUtf8()
    {
        var response = await Problem.PostAsync(_client, "/articles", Encoding.Unicode.GetBytes(Documents.Article));

        Assert.Equal(400, response.Status);
        Assert.StartsWith(ValidationCodes.NotUtf8, Assert.Single(response.Findings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvalidUtf8InAString_Answers400AtThatString()
    {
        var body = Documents.Utf8(Documents.Article.Replace("The Asia Foundation will", "The Asia Foundation \u00e9will", StringComparison.Ordinal));
        var index = Array.IndexOf(body, (byte)0xC3);
        body[index + 1] = 0x28;

        var response = await Problem.PostAsync(_client, "/articles", body);

        Assert.Equal(400, response.Status);
        Assert.Contains(response.Findings, static finding => finding.StartsWith($"{ValidationCodes.InvalidUnicode} error at /article/headline/en (", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text/plain", "application/json")]
    [InlineData("application/xml", "application/json")]
    [InlineData("application/json; charset=utf-16", "UTF-8")]
    [InlineData(null, "application/json")]
    public async Task Post_WrongContentType_Answers415(string? contentType, string advice)
    {
        var response = await Problem.PostAsync(_client, "/articles", Documents.Utf8(Documents.Article), contentType);

        Assert.Equal(415, response.Status);
        Assert.Equal(ContentProblemTypes.UnsupportedMediaType, response.Type);
        Assert.Contains(advice, response.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/ld+json")]
    public async Task Post_JsonContentTypes_AreRead(string contentType)
    {
        var response = await Problem.PostAsync(_client, "/articles", Documents.Utf8(Documents.Article), contentType);

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Post_ContentBody_GivesTheHandlerTheWarnings()
    {
        var response = await Problem.PostAsync(_client, "/bodies", Documents.Utf8(Documents.WithWarning));

        Assert.Equal(200, response.Status);
        Assert.Equal(1, response.Body.GetProperty("findings").GetInt32());
    }

    [Fact]
    public async Task Post_DefaultEndpoint_ListsWarningsBesideErrors()
    {
        var response = await Problem.PostAsync(_client, "/articles", Documents.Utf8(Documents.WithWarningAndError));

        Assert.Equal(422, response.Status);
        Assert.Contains(response.Findings, static finding => finding.StartsWith($"{ValidationCodes.HtmlInText} warning", StringComparison.Ordinal));
        Assert.Contains(response.Findings, static finding => finding.StartsWith($"{ValidationCodes.UnresolvedPerson} error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_EndpointWithoutWarnings_ListsErrorsOnly()
    {
        var response = await Problem.PostAsync(_client, "/quiet/articles", Documents.Utf8(Documents.WithWarningAndError));

        Assert.Equal(422, response.Status);
        Assert.StartsWith($"{ValidationCodes.UnresolvedPerson} error", Assert.Single(response.Findings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LenientEndpoint_AcceptsAnUnknownMemberAsAWarning()
    {
        var lenient = await Problem.PostAsync(_client, "/lenient/articles", Documents.Utf8(Documents.WithUnknownMember));
        var strict = await Problem.PostAsync(_client, "/bodies", Documents.Utf8(Documents.WithUnknownMember));

        Assert.Equal(200, lenient.Status);
        Assert.Equal(1, lenient.Body.GetProperty("findings").GetInt32());
        Assert.Equal(400, strict.Status);
    }
}
