using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Lmec.Content.AspNetCore;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Lmec.Content.Documentation.Tests.Samples;

/// <summary>The samples of docs/aspnetcore.md, each run on Kestrel on a loopback port and checked over HTTP.</summary>
[Collection(SequentialSamples.Name)]
public sealed class AspNetCoreSamples : SampleFixture
{
    [Fact]
    public async Task WebApi()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");

        #region web-api-register
        builder.Services.AddLmecContentWebApi();
        #endregion

        await using var app = builder.Build();

        #region web-api-endpoint
        app.MapPost("/articles", (ArticleDocument submission) =>
            TypedResults.Created($"/articles/{submission.Article.Id}", submission.Article.Id));
        #endregion

        #region web-api-lenient
        app.MapPost("/v1/articles", (ContentBody<ArticleDocument> body) => TypedResults.Ok(body.Report.Errors.Count))
            .WithContentReading(ContentReadMode.Lenient);
        #endregion

        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        using var valid = await PostAsync(client, "/articles", File.ReadAllText("article-asia-foundation-submission.json"));
        using var invalid = await PostAsync(client, "/articles", File.ReadAllText(Path.Combine("..", "..", "..", "docs", "samples", "article-invalid.json")));
        var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, valid.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Equal(ContentProblemTypes.InvalidDocument, problem.GetProperty("type").GetString());
        Assert.Equal(4, problem.GetProperty("findings").GetArrayLength());
        await app.StopAsync();
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string json)
    {
        var content = new StringContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return client.PostAsync(path, content);
    }
}
