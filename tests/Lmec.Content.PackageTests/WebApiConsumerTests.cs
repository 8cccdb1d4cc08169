using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Lmec.Content.AspNetCore;
using Lmec.Content.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Lmec.Content.PackageTests;

/// <summary>A web API built on the packed <c>Lmec.Content.AspNetCore</c>: one registration line, one parameter, over HTTP on a loopback port.</summary>
public sealed class WebApiConsumerTests
{
    [Fact]
    public async Task AddLmecContentWebApi_AcceptsAValidDocumentAndAnswersAnInvalidOneWithProblemDetails()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddLmecContentWebApi();
        builder.Services.AddOpenApi();
        await using var app = builder.Build();
        app.MapOpenApi();
        app.MapPost("/issues", static (NewsletterIssue issue) => TypedResults.Ok(issue.IssueNumber));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        using var valid = await PostAsync(client, File.ReadAllText(TestDocuments.Newsletter));
        using var invalid = await PostAsync(client, TestDocuments.InvalidNewsletter());
        var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement;
        var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ContentProblemTypes.UnreadableDocument, problem.GetProperty("type").GetString());
        Assert.Equal("/" + TestDocuments.UnknownMember, problem.GetProperty("findings")[0].GetProperty("pointer").GetString());
        Assert.Equal(
            "#/components/schemas/Lmec.NewsletterIssue",
            openApi.GetProperty("paths").GetProperty("/issues").GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        await app.StopAsync();
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string json)
    {
        var content = new StringContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return client.PostAsync("/issues", content);
    }
}
