using System.Diagnostics;
using System.Text.RegularExpressions;
using Lmec.Content.Testing;
using Microsoft.Playwright;

namespace Lmec.Content.Web.Tests;

/// <summary>
/// The web checker as a partner opens it: served by <c>lmec-content serve</c> (the tool built beside the tests, with
/// the published site embedded in it) and opened in Debian's Chromium, headless, through Playwright. Playwright's own
/// browser download is not needed; without Chromium the tests show as skipped, and under CI they fail.
/// </summary>
public sealed partial class ServedSite : IAsyncLifetime
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    // As root, Chromium needs --no-sandbox; without the networking switches it tries services outside, which the
    // closed network here refuses.
    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);

    private Process? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Gets the address the tool serves the page at.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Gets what is missing to run the tests, or <see langword="null"/>.</summary>
    public string? Missing { get; private set; }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Missing = $"Chromium is not installed at {ChromiumPath}: apt-get install chromium.";
            return;
        }

        _server = Process.Start(BuiltTool.StartInfo("serve", "--port", "0")) ?? throw new InvalidOperationException("dotnet did not start.");
        using var timeout = new CancellationTokenSource(StartTimeout);
        var line = await _server.StandardOutput.ReadLineAsync(timeout.Token) ?? string.Empty;
        Address = new Uri(LoopbackAddress().Match(line).Value);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = ChromiumArguments, Headless = true });
    }

    /// <summary>Opens the page in a new browser context, as a browser set to a language opens it, and waits until it is ready.</summary>
    /// <param name="locale">The browser's language, such as <c>zh-CN</c>.</param>
    /// <returns>The page.</returns>
    public async Task<IPage> OpenAsync(string locale = "en-US")
    {
        Prerequisite.Require(Missing);
        var context = await _browser!.NewContextAsync(new() { Locale = locale, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Address.ToString());
        await page.WaitForSelectorAsync("#title", new() { Timeout = 60_000 });
        return page;
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
            _server.Dispose();
        }
    }

    [GeneratedRegex("http://127\\.0\\.0\\.1:[0-9]+/")]
    private static partial Regex LoopbackAddress();
}
