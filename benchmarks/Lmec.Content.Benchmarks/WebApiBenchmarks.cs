using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using Lmec.Content.AspNetCore;
using Lmec.Content.Canonicalization;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// Request throughput of a web API endpoint that takes a document through <c>Lmec.Content.AspNetCore</c> (the sample
/// service's <c>POST /articles</c> without its database: read strictly within the limits, validated, the canonical
/// digest computed, a receipt answered) against a plain endpoint that reads the same body with
/// <c>ReadFromJsonAsync</c> and the source-generated context, validating nothing. Both run in one Kestrel server on a
/// loopback port, over real HTTP; each operation is <see cref="Concurrency"/> requests at once.
/// </summary>
[MemoryDiagnoser]
public class WebApiBenchmarks : IDisposable
{
    /// <summary>The requests of one operation, sent at once.</summary>
    public const int Concurrency = 16;

    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private byte[] _article = [];

    /// <summary>Starts the server and checks that both endpoints accept the example article.</summary>
    /// <returns>The setup.</returns>
    [GlobalSetup]
    public async Task StartAsync()
    {
        _article = await File.ReadAllBytesAsync(RepositoryPaths.Example("article-asia-foundation-submission.json"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddLmecContentWebApi();
        _app = builder.Build();
        _app.MapPost("/lmec", static (ContentBody<ArticleDocument> body) =>
            TypedResults.Created($"/articles/{body.Document.Article.Id}", CanonicalJson.ComputeDigest(body.Utf8Json.Span).ToString()));
        _app.MapPost("/plain", static async (HttpRequest request) =>
        {
            var document = await request.ReadFromJsonAsync(ContentJsonContext.Default.ArticleDocument);
            return TypedResults.Created($"/articles/{document!.Article.Id}", document.Article.Id);
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
        foreach (var path in new[] { "/lmec", "/plain" })
        {
            using var response = await PostAsync(path);
            if (response.StatusCode != System.Net.HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"{path} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }
    }

    /// <summary>Stops the server.</summary>
    /// <returns>The cleanup.</returns>
    [GlobalCleanup]
    public async Task StopAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes of the client.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _client?.Dispose();
        }
    }

    /// <summary>The plain endpoint: <c>ReadFromJsonAsync</c>, no validation.</summary>
    /// <returns>The requests.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Concurrency, Description = "ReadFromJsonAsync (baseline)")]
    public Task Plain() => SendAllAsync("/plain");

    /// <summary>The package's endpoint: read, validated, digest, receipt.</summary>
    /// <returns>The requests.</returns>
    [Benchmark(OperationsPerInvoke = Concurrency, Description = "AddLmecContentWebApi endpoint")]
    public Task Lmec() => SendAllAsync("/lmec");

    private async Task SendAllAsync(string path)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => PostAsync(path)));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private Task<HttpResponseMessage> PostAsync(string path)
    {
        var content = new ByteArrayContent(_article);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return _client.PostAsync(path, content);
    }
}
