using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Lmec.Content.Localization;
using Lmec.Content.Testing;
using Lmec.Content.Validation;
using Microsoft.Playwright;

namespace Lmec.Content.Web.Tests;

public sealed class WebCheckerTests(ServedSite site) : IClassFixture<ServedSite>, IDisposable
{
    // A corpus document with eight findings of two codes at eight lines, each message naming what it found.
    private static readonly string InvalidSample = Path.Combine(RepositoryPaths.SchemasV1, "conformance", "invalid", "newsletter-issue-sweep-wrong-types-at-depth-6.json");

    // An article that reads but breaks four rules (country code, reference, e-mail, dates), whose severity can be changed.
    private static readonly string RuleSample = Path.Combine(RepositoryPaths.Root, "docs", "samples", "article-invalid.json");

    private static readonly string ValidSample = RepositoryPaths.Example("newsletter-2023-06.json");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lmec-content-web-tests-");

    public static TheoryData<string> Languages() => [.. MessageCatalog.Default.Languages];

    [SkippableFact]
    public async Task Page_Opened_SaysDocumentsNeverLeaveTheBrowserAndFetchesOnlyItsOwnFiles()
    {
        var page = await site.OpenAsync();
        var requests = new List<IRequest>();
        page.Request += (_, request) => requests.Add(request);

        await CheckerPage.PickAsync(page, InvalidSample);
        await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-json"));

        Assert.Equal(Text("en", "web.privacy"), await page.TextContentAsync("#privacy"));
        Assert.All(requests, request => Assert.Equal(("GET", true), (request.Method, request.Url.StartsWith(site.Address.ToString(), StringComparison.Ordinal) || request.Url.StartsWith("blob:", StringComparison.Ordinal))));
        Assert.False(await page.IsVisibleAsync("#blazor-error-ui"));
    }

    [SkippableFact]
    public async Task PickFile_ValidDocument_IsValidWithoutFindings()
    {
        var page = await site.OpenAsync();

        await CheckerPage.PickAsync(page, ValidSample);

        Assert.Equal(Text("en", "report.valid"), await page.TextContentAsync("#report .verdict"));
        Assert.Empty(await CheckerPage.FindingsAsync(page));
        Assert.Equal(await ToolSummaryAsync(ValidSample, "en"), await page.TextContentAsync("#report .summary"));
    }

    [SkippableFact]
    public async Task PickFile_InvalidSampleInEachLanguage_ShowsTheCodesLinesColumnsAndMessagesOfTheTool()
    {
        var page = await site.OpenAsync();
        await CheckerPage.PickAsync(page, InvalidSample);

        foreach (var language in MessageCatalog.Default.Languages)
        {
            var expected = await ToolFindingsAsync(InvalidSample, language);
            await page.SelectOptionAsync("#language", language);

            var shown = await CheckerPage.EventuallyAsync(() => CheckerPage.FindingsAsync(page), findings => findings.SequenceEqual(expected));

            Assert.True(expected.Count >= 8, $"the sample has {expected.Count} findings");
            Assert.Equal(expected, shown);
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            Assert.Equal(Text(language, "web.title"), await page.TextContentAsync("#title"));
            Assert.Equal(Text(language, "report.invalid"), await page.TextContentAsync("#report .verdict"));
        }
    }

    [SkippableFact]
    public async Task PickFile_InvalidSample_ShowsTheLineOfEachFindingWithItsColumnMarked()
    {
        var page = await site.OpenAsync();

        await CheckerPage.PickAsync(page, InvalidSample);

        var findings = await CheckerPage.FindingsAsync(page);
        var marks = await page.EvaluateAsync<string[][]>("() => [...document.querySelectorAll('#report tr.excerpt')].map(row => [row.querySelector('code').textContent, row.querySelector('mark').textContent])");
        var lines = File.ReadAllLines(InvalidSample);
        Assert.Equal(findings.Count, marks.Length);
        Assert.All(findings.Zip(marks), pair =>
        {
            var (finding, mark) = pair;
            var line = lines[finding.Line!.Value - 1];
            Assert.Equal(line.TrimStart(), mark[0].TrimStart());
            Assert.Equal(line[finding.Column!.Value - 1].ToString(), mark[1]);
        });
    }

    [SkippableFact]
    public async Task Paste_TextThatIsNotJson_ShowsTheFindingsOfTheLibraryWithTheOffendingLine()
    {
        const string Pasted = "{\n  \"kind\": \"article\",\n  \"schemaVersion\": \"1.0\",\n}";
        var page = await site.OpenAsync();

        await page.FillAsync("#pasted", Pasted);
        await page.ClickAsync("#check-pasted");
        await CheckerPage.WaitForReportAsync(page);

        var report = new ContentValidator(new LmecContentOptions { Culture = CultureInfo.GetCultureInfo("en") }).Validate(Pasted);
        Assert.Equal(
            report.Errors.Select(error => (error.Code, error.Line, error.Column, error.Message)),
            (await CheckerPage.FindingsAsync(page)).Select(finding => (finding.Code, finding.Line, finding.Column, finding.Message)));
        Assert.Equal(",", await page.TextContentAsync("#report tr.excerpt mark"));
    }

    [SkippableFact]
    public async Task Drop_FilesAndAnArchive_ChecksEveryDocumentNamedByFileAndArchiveLine()
    {
        var page = await site.OpenAsync();
        var valid = File.ReadAllText(ValidSample);
        var archive = string.Join('\n', JsonNode.Parse(valid)!.ToJsonString(), "{\"kind\": \"article\"}") + "\n";
        var transfer = await page.EvaluateHandleAsync(
            "([valid, archive]) => { const data = new DataTransfer(); data.items.add(new File([valid], 'issue.json')); data.items.add(new File([archive], 'archive.ndjson')); return data; }",
            new[] { valid, archive });

        await page.DispatchEventAsync("#drop-zone", "drop", new Dictionary<string, object> { ["dataTransfer"] = transfer });
        await CheckerPage.WaitForReportAsync(page);

        Assert.Equal(
            ["issue.json", Text("en", "report.archiveLine", "archive.ndjson", 1), Text("en", "report.archiveLine", "archive.ndjson", 2)],
            await page.Locator("#report h2").AllTextContentsAsync());
        Assert.All(await CheckerPage.FindingsAsync(page), finding => Assert.Equal(2, finding.Line));
    }

    [SkippableTheory]
    [InlineData("zh-CN")]
    [InlineData("en-GB")]
    public async Task Open_BrowserInALanguageOfTheCatalogue_SpeaksItAndSetsTheLangAttribute(string locale)
    {
        var language = MessageCatalog.Default.FindLanguage(CultureInfo.GetCultureInfo(locale))!;

        var page = await site.OpenAsync(locale);

        Assert.Equal(language, await page.InputValueAsync("#language"));
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(Text(language, "web.title"), await page.TextContentAsync("#title"));
        Assert.False(await page.IsVisibleAsync("#language-note"));
    }

    // Culture data for Khmer, Lao and Burmese must work in WebAssembly: the page names the browser's language in its own
    // script, whether it speaks it (once the catalogue has it) or says it falls back to English.
    // The names come from the ICU data in the browser, which words some differently from the machine's: the test asks
    // for the script, a letter of which is given.
    [SkippableTheory]
    [InlineData("km-KH", 'ខ')]
    [InlineData("lo-LA", 'ລ')]
    [InlineData("my-MM", 'မ')]
    [InlineData("th-TH", 'ไ')]
    [InlineData("vi-VN", 'ế')]
    public async Task Open_BrowserInAMekongLanguage_SpeaksItOrNamesItInItsOwnScript(string locale, char letter)
    {
        var page = await site.OpenAsync(locale);

        var options = await page.Locator("#language option").AllTextContentsAsync();
        Assert.Contains(options, name => name.Any(character => character is >= '\u4E00' and <= '\u9FFF'));
        if (MessageCatalog.Default.FindLanguage(CultureInfo.GetCultureInfo(locale)) is { } language)
        {
            Assert.Equal(language, await page.InputValueAsync("#language"));
            Assert.Contains(options, name => name.Contains(letter, StringComparison.Ordinal));
        }
        else
        {
            Assert.Equal("en", await page.InputValueAsync("#language"));
            Assert.Contains(letter, await page.TextContentAsync("#language-note") ?? string.Empty);
        }
    }

    [SkippableFact]
    public async Task Download_Reports_HoldTheFindingsThePageShows()
    {
        var page = await site.OpenAsync();
        await CheckerPage.PickAsync(page, InvalidSample);
        var shown = await CheckerPage.FindingsAsync(page);

        var json = JsonNode.Parse(await DownloadAsync(page, "json"))!;
        var sarif = JsonNode.Parse(await DownloadAsync(page, "sarif"))!;
        var html = await DownloadAsync(page, "html");

        Assert.Equal(shown, FromJson(json));
        Assert.Equal(
            shown.Select(finding => (finding.Severity, finding.Code, finding.Line, finding.Column, finding.Pointer, finding.Message)),
            sarif["runs"]![0]!["results"]!.AsArray().Select(result => (
                (string)result!["level"]!,
                (string)result["ruleId"]!,
                (int?)result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"],
                (int?)result["locations"]![0]!["physicalLocation"]!["region"]!["startColumn"],
                (string)result["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]!,
                (string)result["message"]!["text"]!)));
        var reportPage = await page.Context.NewPageAsync();
        await reportPage.SetContentAsync(html);
        Assert.Equal(shown, await CheckerPage.FindingsAsync(reportPage));
        Assert.Equal("en", await reportPage.GetAttributeAsync("html", "lang"));
    }

    [SkippableFact]
    public async Task RuleSwitches_OffAndWarning_ChangeTheFindingsAsTheOptionsDo()
    {
        var page = await site.OpenAsync();
        await CheckerPage.PickAsync(page, RuleSample);
        var before = await CheckerPage.FindingsAsync(page);
        var (off, lowered) = (before[0].Code, before[1].Code);
        Assert.All(new[] { off, lowered }, code => Assert.False(ValidationCodes.IsReadingCode(code)));

        await page.SelectOptionAsync($"select[data-code={off}]", "Off");
        await page.SelectOptionAsync($"select[data-code={lowered}]", "Warning");

        var options = new LmecContentOptions { Culture = CultureInfo.GetCultureInfo("en") }.DisableRule(off).SetSeverity(lowered, ValidationSeverity.Warning);
        var expected = new ContentValidator(options).Validate(File.ReadAllBytes(RuleSample)).Errors
            .Select(error => (error.Severity == ValidationSeverity.Error ? "error" : "warning", error.Code)).ToList();
        var after = await CheckerPage.EventuallyAsync(
            async () => (await CheckerPage.FindingsAsync(page)).Select(finding => (finding.Severity, finding.Code)).ToList(),
            findings => findings.SequenceEqual(expected));
        Assert.Equal(expected, after);
        Assert.DoesNotContain(after, finding => finding.Code == off);
        Assert.Contains(("warning", lowered), after);
        Assert.Equal("Off", await page.InputValueAsync($"select[data-code={off}]"));
    }

    [SkippableFact]
    public async Task PickFile_BinaryHugeAndEmptyFiles_GetFindingsAndThePageStaysUsable()
    {
        var binary = Write("picture.json", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF]);
        var huge = Write("huge.json", Encoding.UTF8.GetBytes("[" + new string(' ', new LmecContentOptions().Limits.MaxDocumentBytes) + "]"));
        var blank = Write("blank.ndjson", "\n\n"u8.ToArray());
        var page = await site.OpenAsync();

        await CheckerPage.PickAsync(page, binary, huge, blank);

        var codes = (await CheckerPage.FindingsAsync(page)).Select(finding => finding.Code).ToList();
        Assert.Contains(ValidationCodes.DocumentTooLarge, codes);
        Assert.Contains(codes, code => code is ValidationCodes.NotUtf8 or ValidationCodes.InvalidSyntax or ValidationCodes.InvalidUnicode);
        Assert.Contains(Text("en", "cli.noDocumentsInArchive"), await page.TextContentAsync("#report"));
        Assert.False(await page.IsVisibleAsync("#blazor-error-ui"));
        await CheckerPage.PickAsync(page, ValidSample);
        Assert.Equal(Text("en", "report.valid"), await page.TextContentAsync("#report .verdict"));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Text(string language, string key, params object[] arguments) =>
        MessageCatalog.Default.Format(key, CultureInfo.GetCultureInfo(language), arguments);

    private static async Task<IReadOnlyList<Finding>> ToolFindingsAsync(string path, string language)
    {
        var (exitCode, output, _) = await BuiltTool.RunAsync("validate", path, "--format", "json", "--lang", language);
        Assert.Equal(1, exitCode);
        return FromJson(JsonNode.Parse(output)!);
    }

    private static async Task<string> ToolSummaryAsync(string path, string language) =>
        (await BuiltTool.RunAsync("validate", path, "--lang", language)).Output.TrimEnd().Split('\n')[^1];

    private static List<Finding> FromJson(JsonNode report) =>
        [.. report["documents"]!.AsArray().SelectMany(document => document!["errors"]!.AsArray()).Select(error => new Finding(
            (string)error!["severity"]!, (string)error["code"]!, (int?)error["line"], (int?)error["column"], (string)error["path"]!, (string)error["message"]!))];

    private static async Task<string> DownloadAsync(IPage page, string format)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"#download-{format}"));
        Assert.Equal($"lmec-report.{format}", download.SuggestedFilename);
        return await File.ReadAllTextAsync((await download.PathAsync())!);
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
