using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lmec.Content.AspNetCore.Tests.Hosting;
using Lmec.Content.Canonicalization;
using Lmec.Content.Interop.SchemaOrg;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.AspNetCore.Tests.Samples;

/// <summary>The sample article service, over real HTTP, with its SQLite database.</summary>
public sealed class ArticleServiceTests(ArticleServiceFactory factory) : IClassFixture<ArticleServiceFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public void Start_CreatesTheDatabaseFile() => Assert.True(File.Exists(factory.Database));

    [Fact]
    public async Task PostThenGet_ReturnsTheDocumentByteForByteWithItsDigest()
    {
        var body = Documents.Utf8("\uFEFF" + WithId("byte-for-byte").Replace("\n", "\r\n", StringComparison.Ordinal));

        using var created = await PostAsync("/articles", body);
        var receipt = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        using var got = await _client.GetAsync(created.Headers.Location);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/articles/byte-for-byte", created.Headers.Location!.OriginalString);
        Assert.Equal(CanonicalJson.ComputeDigest(body).ToString(), receipt.GetProperty("digest").GetString());
        Assert.Equal(body, await got.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{receipt.GetProperty("digest").GetString()}\"", got.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Post_SameDocumentAgain_AnswersUnchanged_AndAnotherWithTheSameId_Conflict()
    {
        using var first = await PostAsync("/articles", Documents.Utf8(WithId("twice")));
        using var again = await PostAsync("/articles", Documents.Utf8(JsonNode.Parse(WithId("twice"))!.ToJsonString()));
        using var other = await PostAsync("/articles", Documents.Utf8(WithId("twice", headline: "Another headline")));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("unchanged", JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
    }

    [Fact]
    public async Task Post_InvalidDocument_IsAnsweredWithProblemDetailsAndNotStored()
    {
        var invalid = JsonNode.Parse(WithId("never-stored"))!;
        invalid["article"]!["authorIds"] = new JsonArray("nobody-declared");

        var response = await Problem.PostAsync(_client, "/articles", Documents.Utf8(invalid.ToJsonString()), language: "zh-CN");
        using var get = await _client.GetAsync("/articles/never-stored");

        Assert.Equal(422, response.Status);
        Assert.Equal("zh-Hans", response.Language);
        Assert.StartsWith(ValidationCodes.UnresolvedPerson, Assert.Single(response.Findings), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Theory]
    [InlineData("application/ld+json", "application/ld+json")]
    [InlineData("application/ninjs+json", "application/ninjs+json")]
    [InlineData("text/html, application/ld+json;q=0.5", "application/ld+json")]
    [InlineData("*/*", "application/json")]
    public async Task Get_ByAccept_AnswersInTheFormatAccepted(string accept, string expected)
    {
        var json = WithId("exports");
        using (await PostAsync("/articles", Documents.Utf8(json)))
        {
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/exports");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        if (expected == "application/ld+json")
        {
            Assert.Equal(SchemaOrgJsonLd.Export(ContentJson.Deserialize<ArticleDocument>(json)), text);
        }
    }

    [Fact]
    public async Task Get_NothingAcceptable_Answers406_AndAnUnknownId404()
    {
        using (await PostAsync("/articles", Documents.Utf8(WithId("html-only"))))
        {
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/html-only");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var notAcceptable = await _client.SendAsync(request);
        using var notFound = await _client.GetAsync("/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotAcceptable, notAcceptable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }

    [Fact]
    public async Task PostLines_StoresEachValidLine_AndListsThem()
    {
        var body = Documents.OneLine(WithId("line-one")) + "\n{\"kind\": \n" + Documents.OneLine(WithId("line-three")) + "\n";

        using var response = await PostAsync("/articles/lines", Documents.Utf8(body), "application/x-ndjson");
        var results = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static line => JsonDocument.Parse(line).RootElement).ToList();
        var list = JsonDocument.Parse(await _client.GetStringAsync("/articles")).RootElement.EnumerateArray().Select(static entry => entry.GetProperty("id").GetString()).ToList();

        Assert.Equal([true, false, true], results.Select(static result => result.GetProperty("valid").GetBoolean()));
        Assert.Equal("created", results[0].GetProperty("result").GetProperty("outcome").GetString());
        Assert.Contains("line-one", list);
        Assert.Contains("line-three", list);
    }

    [Fact]
    public async Task OpenApi_AtTheDefaultPath_DescribesTheSubmissionByThePublishedSchema()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;

        Assert.Equal("#/components/schemas/Lmec.ArticleDocument", document["paths"]!["/articles"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.NotNull(document["components"]!["schemas"]!["Lmec.ArticleDocument"]);
    }

    private static string WithId(string id, string? headline = null)
    {
        var document = JsonNode.Parse(Documents.Article)!;
        document["article"]!["id"] = id;
        if (headline is not null)
        {
            document["article"]!["headline"] = new JsonObject { ["en"] = headline };
        }

        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private async Task<HttpResponseMessage> PostAsync(string path, byte[] body, string contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await _client.PostAsync(path, content);
    }
}
