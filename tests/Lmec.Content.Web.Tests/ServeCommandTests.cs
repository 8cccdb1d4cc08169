using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Lmec.Content.Testing;

namespace Lmec.Content.Web.Tests;

public sealed partial class ServeCommandTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly HttpClient Client = new(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });

    private Process _server = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _server = Process.Start(BuiltTool.StartInfo("serve", "--port", "0"))!;
        using var timeout = new CancellationTokenSource(Patience);
        var line = await _server.StandardOutput.ReadLineAsync(timeout.Token);
        _address = new Uri(LoopbackAddress().Match(line ?? string.Empty).Value);
    }

    [Fact]
    public async Task Serve_PortZero_PrintsALoopbackAddressAndServesThePage()
    {
        using var response = await Client.GetAsync(_address);

        Assert.Equal("127.0.0.1", _address.Host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("_framework/blazor.webassembly", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_BrowserThatAcceptsGzip_GetsTheStoredCompressedFileAndOthersThePlainOne()
    {
        var address = new Uri(_address, "css/checker.css");
        using var plain = await Client.GetAsync(address);
        using var request = new HttpRequestMessage(HttpMethod.Get, address) { Headers = { { "Accept-Encoding", "gzip" } } };
        using var compressed = await Client.SendAsync(request);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        await using var unzipped = new GZipStream(await compressed.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await new StreamReader(unzipped).ReadToEndAsync());
        Assert.StartsWith("body", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "no-such-file.json", HttpStatusCode.NotFound)]
    [InlineData("GET", "../Lmec.Content.dll", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "index.html", HttpStatusCode.MethodNotAllowed)]
    [InlineData("PUT", "index.html", HttpStatusCode.MethodNotAllowed)]
    public async Task Serve_AnythingButTheSitesFiles_IsRefused(string method, string path, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(_address, path)) { Content = method == "PUT" ? new StringContent("{}") : null };

        using var response = await Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [SkippableFact]
    public async Task Serve_Interrupted_StopsAndExitsZero()
    {
        Prerequisite.Require(SigIntIgnored());
        using var interrupt = Process.Start("kill", ["-INT", _server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await interrupt.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(Patience);

        await _server.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, _server.ExitCode);
    }

    /// <summary>
    /// Tells why Ctrl+C cannot be tested here: a process started in the background by a shell without job control
    /// (<c>.ci/run &amp;</c> in a script) ignores SIGINT, the server it starts inherits that, and .NET leaves an ignored
    /// SIGINT ignored.
    /// </summary>
    /// <returns>The reason, or <see langword="null"/> when this process handles SIGINT (or the platform cannot tell).</returns>
    private static string? SigIntIgnored()
    {
        const string Status = "/proc/self/status";
        var ignored = File.Exists(Status)
            ? File.ReadLines(Status).FirstOrDefault(static line => line.StartsWith("SigIgn:", StringComparison.Ordinal))?["SigIgn:".Length..].Trim()
            : null;
        return ignored is not null && (Convert.ToUInt64(ignored, 16) & (1UL << 1)) != 0
            ? "This test process ignores SIGINT (it was started in the background by a shell without job control), so the server it starts cannot be stopped with Ctrl+C; run the tests in the foreground."
            : null;
    }

    [Fact]
    public async Task Serve_PortInUse_ExitsTwoWithAOneLineReason()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, output, error) = await BuiltTool.RunAsync("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((2, string.Empty), (exitCode, output));
        Assert.StartsWith($"lmec-content: cannot serve the web checker on port {port}: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("65536")]
    [InlineData("-1")]
    [InlineData("http")]
    public async Task Serve_PortOutOfRange_ExitsTwoWithTheReason(string port)
    {
        var (exitCode, _, error) = await BuiltTool.RunAsync("serve", "--port", port);

        Assert.Equal(2, exitCode);
        Assert.Contains("--port must be a whole number from 0 to 65535", error, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (!_server.HasExited)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server.Dispose();
    }

    [GeneratedRegex("http://127\\.0\\.0\\.1:[0-9]+/")]
    private static partial Regex LoopbackAddress();
}
