using Lmec.Content.AspNetCore.Tests.Hosting;
using Lmec.Content.Validation;

namespace Lmec.Content.AspNetCore.Tests;

/// <summary>Bodies too large, endless or too slow are cut off, not buffered; over real HTTP.</summary>
public sealed class LimitTests(SmallLimitsFactory factory) : IClassFixture<SmallLimitsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_ContentLengthOverTheLimit_Answers413WithTheFinding()
    {
        var body = new byte[SmallLimitsFactory.MaxDocumentBytes + 1];
        Array.Fill(body, (byte)' ');

        var response = await Problem.PostAsync(_client, "/articles", body);

        Assert.Equal(413, response.Status);
        Assert.Equal(ContentProblemTypes.DocumentTooLarge, response.Type);
        Assert.Equal($"{ValidationCodes.DocumentTooLarge} error at  (1:1)", Assert.Single(response.Findings));
    }

    [Fact]
    public async Task Post_EndlessBody_Answers413WithoutReadingOn()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var connection = await RawHttpConnection.PostAsync(_client.BaseAddress!, "/articles", "application/json");
        var status = connection.ReadStatusAsync(timeout.Token);
        var chunk = new byte[16 * 1024];
        Array.Fill(chunk, (byte)' ');

        // Sends until the server answers, or at most 64 MiB: the server must answer long before.
        while (!status.IsCompleted && connection.BytesSent < 64L * 1024 * 1024)
        {
            try
            {
                await connection.SendAsync(chunk, timeout.Token);
            }
            catch (IOException)
            {
                break;
            }
        }

        Assert.Equal(413, await status);
        Assert.True(connection.BytesSent < 64L * 1024 * 1024, $"{connection.BytesSent} bytes were sent before the answer.");
    }

    [Fact]
    public async Task Post_SlowBody_Answers408()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var connection = await RawHttpConnection.PostAsync(_client.BaseAddress!, "/articles", "application/json");

        await connection.SendAsync(Documents.Utf8("{\"kind\": "), timeout.Token);

        Assert.Equal(408, await connection.ReadStatusAsync(timeout.Token));
    }

    [Fact]
    public async Task PostLines_LineOverTheLimit_IsReportedAndTheNextLineStillRead()
    {
        var tooLong = "{\"kind\":\"article\",\"language\":\"" + new string('x', SmallLimitsFactory.MaxDocumentBytes) + "\"}";
        var body = Documents.Utf8(tooLong + "\n" + Documents.OneLine(Documents.Article) + "\n");

        var lines = await NdjsonTests.PostLinesAsync(_client, "/articles/lines", body);

        Assert.Equal(["1 invalid LMEC001", "2 valid"], lines);
    }
}
