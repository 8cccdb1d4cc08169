using System.Net;
using System.Text.RegularExpressions;

namespace Lmec.Content.Cli.Tests;

public sealed partial class ValidateHtmlFormatTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Validate_HtmlFormat_HoldsTheFindingsOfTheJsonReport()
    {
        var documents = Path.Combine(_folder.Path, TestDocuments.WriteMixedFolder(_folder));

        var html = await CliRun.RunAsync("validate", documents, "--format", "html");
        var json = await CliRun.RunAsync("validate", documents, "--format", "json");

        Assert.Equal((1, 1), (html.ExitCode, json.ExitCode));
        var expected = JsonReport.ParseConsistent(json.Output)["documents"]!.AsArray()
            .SelectMany(document => document!["errors"]!.AsArray())
            .Select(error => ((string)error!["code"]!, (int?)error["line"], (int?)error["column"], (string)error["path"]!, (string)error["message"]!));
        Assert.Equal(expected, Findings(html.Output));
    }

    [Fact]
    public async Task Validate_HtmlFormat_ShowsTheLineOfEachFindingWithTheColumnMarked()
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--format", "html");

        Assert.Contains("<pre><code>        <mark>&quot;</mark>countryCode&quot;: &quot;China&quot;</code></pre>", run.Output, StringComparison.Ordinal);
        Assert.Contains("<p class=\"verdict\">Invalid</p>", run.Output, StringComparison.Ordinal);
        Assert.Contains("<p class=\"summary\">Checked 1 document: 0 valid, 1 invalid; 4 errors, 0 warnings.</p>", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_HtmlFormatInChinese_IsAChinesePageWithChineseWordsAndMessages()
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--format", "html", "--lang", "zh-CN");

        Assert.StartsWith("<!DOCTYPE html><html lang=\"zh-Hans\">", run.Output, StringComparison.Ordinal);
        Assert.Contains("<th>严重程度</th>", run.Output, StringComparison.Ordinal);
        Assert.Contains("活动的结束日期 2023-04-24 早于开始日期 2023-04-25；请更正开始日期或结束日期。", WebUtility.HtmlDecode(run.Output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_HtmlFormat_WritesMarkupFromTheDocumentAsText()
    {
        var path = _folder.Write("<b>bold</b>.json", "{\"kind\": \"article\", \"schemaVersion\": \"1.0\", \"<script>alert(1)</script>\": 1}");

        var run = await CliRun.RunAsync("validate", path, "--format", "html");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("<script>", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", run.Output, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_HtmlFormat_NamesTheArchiveLineOfEachDocumentAndTheInputsThatCouldNotBeRead()
    {
        var archive = _folder.Write("archive.ndjson", "\n" + TestDocuments.BrokenLine);
        var missing = _folder.File("missing.json");

        var run = await CliRun.RunAsync("validate", archive, missing, "--format", "html");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"<h2>{WebUtility.HtmlEncode(archive)}, line 2</h2>", run.Output, StringComparison.Ordinal);
        Assert.Contains($"<h2>{WebUtility.HtmlEncode(missing)}</h2><p class=\"verdict\">no such file or folder</p>", run.Output, StringComparison.Ordinal);
        Assert.Single(Findings(run.Output), finding => finding.Line == 2);
    }

    public void Dispose() => _folder.Dispose();

    private static IEnumerable<(string Code, int? Line, int? Column, string Pointer, string Message)> Findings(string html) =>
        FindingRow().Matches(html).Select(match => (
            match.Groups["code"].Value,
            Number(match.Groups["line"].Value),
            Number(match.Groups["column"].Value),
            WebUtility.HtmlDecode(match.Groups["pointer"].Value),
            WebUtility.HtmlDecode(match.Groups["message"].Value)));

    private static int? Number(string value) => value.Length == 0 ? null : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<tr class=\"finding [a-z]+\" data-code=\"(?<code>[^\"]*)\" data-line=\"(?<line>[0-9]*)\" data-column=\"(?<column>[0-9]*)\" data-pointer=\"(?<pointer>[^\"]*)\">.*?<td class=\"message\">(?<message>.*?)</td></tr>")]
    private static partial Regex FindingRow();
}
