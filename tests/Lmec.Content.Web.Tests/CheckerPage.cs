using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace Lmec.Content.Web.Tests;

/// <summary>What the tests do on the page and read from it.</summary>
internal static class CheckerPage
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // The page and the HTML report write the same markup: a row per finding with data- attributes.
    private const string ReadFindings = """
        () => [...document.querySelectorAll("tr.finding")].map(row => [
            row.classList.contains("error") ? "error" : "warning",
            row.dataset.code, row.dataset.line, row.dataset.column, row.dataset.pointer,
            row.querySelector("td.message").textContent])
        """;

    /// <summary>Reads the findings the page or a report shows.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The findings, in order.</returns>
    public static async Task<IReadOnlyList<Finding>> FindingsAsync(IPage page) =>
        [.. (await page.EvaluateAsync<string[][]>(ReadFindings)).Select(static row => new Finding(row[0], row[1], Number(row[2]), Number(row[3]), row[4], row[5]))];

    /// <summary>Picks files with the page's file button and waits for the report.</summary>
    /// <param name="page">The page.</param>
    /// <param name="paths">The files.</param>
    /// <returns>A task that ends when the page shows its report.</returns>
    public static async Task PickAsync(IPage page, params string[] paths)
    {
        await page.SetInputFilesAsync("#files", paths);
        await WaitForReportAsync(page);
    }

    /// <summary>Waits until the page shows a report of a check that has ended.</summary>
    /// <param name="page">The page.</param>
    /// <returns>A task that ends then.</returns>
    public static Task WaitForReportAsync(IPage page) =>
        page.WaitForSelectorAsync("#report .summary", new() { Timeout = (float)Patience.TotalMilliseconds });

    /// <summary>Reads something from the page until it is as expected, or the patience runs out; the caller asserts on the last value.</summary>
    /// <typeparam name="T">What is read.</typeparam>
    /// <param name="read">Reads it.</param>
    /// <param name="done">Tells whether it is as expected.</param>
    /// <returns>The last value read.</returns>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var clock = Stopwatch.StartNew();
        var value = await read();
        while (!done(value) && clock.Elapsed < Patience)
        {
            await Task.Delay(200);
            value = await read();
        }

        return value;
    }

    private static int? Number(string? value) =>
        string.IsNullOrEmpty(value) ? null : int.Parse(value, CultureInfo.InvariantCulture);
}
