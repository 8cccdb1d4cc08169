using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Lmec.Content.AspNetCore;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Lmec.Content.Documentation.Tests.Samples;

/// <summary>The samples of docs/aspnetcore.md, each a whole Program.cs run on Kestrel on a loopback port and checked over HTTP.</summary>
[Collection(SequentialSamples.Name)]
public sealed class AspNetCoreSamples : SampleFixture
{
    private const string Page = "docs/aspnetcore.md";

    [Fact]
    public async Task WebApiLenient()
    {
        // What `dotnet run --urls http://127.0.0.1:0` gives the program: a free loopback port.
        string[] args = ["--urls=http://127.0.0.1:0"];
        await using var program = await WebProgram.StartAsync(() =>
        {
            #region web-api-lenient
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddLmecContentWebApi();

            var app = builder.Build();
            app.MapPost("/v1/articles", (ContentBody<ArticleDocument> body) => TypedResults.Ok(body.Report.Errors.Count))
                .WithContentReading(ContentReadMode.Lenient);

            app.Run();
            #endregion
        });
        using var client = new HttpClient { BaseAddress = program.Address };
        var newer = JsonNode.Parse(File.ReadAllText("article-asia-foundation-submission.json"))!;
        newer["region"] = "Mekong";

        using var valid = await PostAsync(client, newer.ToJsonString());
        using var invalid = await PostAsync(client, File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "samples", "article-invalid.json")));

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal("1", await valid.Content.ReadAsStringAsync());
        await AssertIsTheSampleResponse(invalid);
    }

    // The page's sample response, for docs/samples/article-invalid.json, is what the endpoint answers: its status,
    // headers and body, but for the trace id, which differs every time.
    private static async Task AssertIsTheSampleResponse(HttpResponseMessage response)
    {
        var sample = DocumentationPages.Blocks(Page).Single(static block => block.Language == "http").Text.Split('\n');
        var blank = Array.IndexOf(sample, string.Empty);
        var expected = JsonNode.Parse(string.Join('\n', sample[(blank + 1)..]))!.AsObject();
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        expected.Remove("traceId");
        actual.Remove("traceId");

        Assert.Equal(sample[0], $"HTTP/1.1 {(int)response.StatusCode} {response.ReasonPhrase}");
        foreach (var header in sample[1..blank].Select(static line => line.Split(": ", 2)))
        {
            Assert.Equal(header[1], string.Join(", ", response.Content.Headers.GetValues(header[0])));
        }

        Assert.True(JsonNode.DeepEquals(expected, actual), $"{Page}: the sample response is not what the endpoint answers:\n{actual}");
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string json)
    {
        var content = new StringContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return client.PostAsync("/v1/articles", content);
    }
}
