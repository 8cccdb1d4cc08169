using System.Net.Http.Headers;
using System.Text.Json;
using Lmec.Content.AspNetCore.Tests.Hosting;
using Lmec.Content.Validation;

namespace Lmec.Content.AspNetCore.Tests;

/// <summary>NDJSON bodies, validated line by line as they arrive; over real HTTP.</summary>
public sealed class NdjsonTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task PostLines_MixedLines_AnswersOneResultPerLineInOrder()
    {
        var body = string.Join('\n', Documents.OneLine(Documents.Article), Documents.OneLine(Documents.WithUnresolvedAuthor), string.Empty, "{\"kind\": ", Documents.OneLine(Documents.WithWarning)) + "\n";

        var lines = await PostLinesAsync(_client, "/articles/lines", Documents.Utf8(body));

        Assert.Equal(["1 valid", $"2 invalid {ValidationCodes.UnresolvedPerson}", $"4 invalid {ValidationCodes.InvalidSyntax}", $"5 valid {ValidationCodes.HtmlInText}"], lines);
    }

    [Fact]
    public async Task PostLines_AnyKind_HandsEachValidDocumentToTheHandler()
    {
        var body = string.Join("\r\n", Documents.OneLine(Documents.Newsletter), Documents.OneLine(Documents.Directory), Documents.OneLine(Documents.Article));

        using var response = await PostAsync(_client, "/documents/lines", Documents.Utf8(body));
        var results = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static line => JsonDocument.Parse(line).RootElement.GetProperty("result").GetString());

        Assert.Equal(["NewsletterIssue", "OrganisationDirectory", "Article"], results);
    }

    [Fact]
    public async Task PostLines_WrongContentType_Answers415()
    {
        var response = await Problem.PostAsync(_client, "/articles/lines", Documents.Utf8(Documents.OneLine(Documents.Article)), "application/json");

        Assert.Equal(415, response.Status);
        Assert.Contains("application/x-ndjson", response.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostLines_FirstResultArrivesBeforeTheBodyEnds()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var connection = await RawHttpConnection.PostAsync(_client.BaseAddress!, "/articles/lines", "application/x-ndjson");

        await connection.SendAsync(Documents.Utf8(Documents.OneLine(Documents.Article) + "\n"), timeout.Token);
        var status = await connection.ReadStatusAsync(timeout.Token);
        var first = await connection.ReadLineAsync(timeout.Token);

        // The second line is sent only once the first one has been answered.
        await connection.SendAsync(Documents.Utf8("{}\n"), timeout.Token);
        await connection.EndAsync(timeout.Token);
        var second = await connection.ReadLineAsync(timeout.Token);

        Assert.Equal(200, status);
        Assert.Equal("1 valid", Describe(first!));
        Assert.StartsWith("2 invalid", Describe(second!), StringComparison.Ordinal);
    }

    /// <summary>Posts NDJSON and describes each result line as <c>number valid|invalid codes…</c>.</summary>
    /// <param name="client">The client.</param>
    /// <param name="path">The path.</param>
    /// <param name="body">The NDJSON body.</param>
    /// <returns>The result lines.</returns>
    internal static async Task<IReadOnlyList<string>> PostLinesAsync(HttpClient client, string path, byte[] body)
    {
        using var response = await PostAsync(client, path, body);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        return [.. (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Describe)];
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var response = await client.PostAsync(path, content);
        Assert.Equal(200, (int)response.StatusCode);
        return response;
    }

    private static string Describe(string line)
    {
        var result = JsonDocument.Parse(line).RootElement;
        var codes = result.GetProperty("findings").EnumerateArray().Select(static finding => finding.GetProperty("code").GetString());
        return string.Join(' ', new[] { result.GetProperty("line").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), result.GetProperty("valid").GetBoolean() ? "valid" : "invalid" }.Concat(codes));
    }
}
