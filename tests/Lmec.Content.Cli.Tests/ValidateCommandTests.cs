using System.Text;
using System.Text.Json.Nodes;
using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string> ExampleFiles() => [.. RepositoryPaths.AllExamples()];

    public static TheoryData<string> Formats() => ["text", "json", "sarif", "html"];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Validate_Example_ExitsZeroWithASummaryAndNothingElse(string path)
    {
        var run = await CliRun.RunAsync("validate", path);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal("Checked 1 document: 1 valid, 0 invalid; 0 errors, 0 warnings." + Environment.NewLine, run.Output);
    }

    [Fact]
    public async Task Validate_InvalidSample_ExitsOneWithEveryFindingLocatedByLineColumnCodeAndPointer()
    {
        var path = TestDocuments.InvalidSamplePath;

        var run = await CliRun.RunAsync("validate", path);

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(
            [
                $"{path}:22:9: error LMEC210 /article/event/location/countryCode: \"China\" is not a country code; write the two-letter code, such as \"KH\", \"CN\", \"LA\", \"MM\", \"TH\" or \"VN\". The codes are those of ISO 3166-1 alpha-2.",
                $"{path}:28:9: error LMEC202 /article/speeches/0/speakerId: No person with the id \"zhang-jianxin\" is listed in \"people\"; add them there or correct the id.",
                $"{path}:44:11: error LMEC211 /organisations/0/contact/emails/0: \"beijing at asiafoundation.org\" is not an e-mail address; write one such as \"name@example.org\".",
                $"{path}:17:7: error LMEC204 /article/event/endDate: The event ends on 2023-04-24, before it starts on 2023-04-25; correct the start date or the end date.",
                "Checked 1 document: 0 valid, 1 invalid; 4 errors, 0 warnings.",
            ],
            run.OutputLines);
    }

    [Fact]
    public async Task Validate_ValidAndInvalidDocuments_ExitsOne()
    {
        var run = await CliRun.RunAsync("validate", RepositoryPaths.Example(TestDocuments.IssueExample), TestDocuments.InvalidSamplePath);

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("Checked 2 documents: 1 valid, 1 invalid; 4 errors, 0 warnings." + Environment.NewLine, run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Validate_MissingFile_ExitsTwoWithAMessageAndNoStackTrace(string format)
    {
        var missing = _folder.File("missing.json");

        var run = await CliRun.RunAsync("validate", missing, "--format", format);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(missing, format == "text" ? run.Error : run.Output, StringComparison.Ordinal);
        Assert.False(run.ShowsAStackTrace, run.Error);
    }

    [Fact]
    public async Task Validate_MissingFileBesideAValidOne_ChecksTheValidOneAndExitsTwo()
    {
        var missing = _folder.File("missing.json");

        var run = await CliRun.RunAsync("validate", missing, RepositoryPaths.Example(TestDocuments.IssueExample));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"lmec-content: cannot read '{missing}': no such file or folder" + Environment.NewLine, run.Error);
        Assert.Equal("Checked 1 document: 1 valid, 0 invalid; 0 errors, 0 warnings; 1 unreadable input(s)." + Environment.NewLine, run.Output);
    }

    [Fact]
    public async Task Validate_FolderThatCannotBeListed_ExitsTwoWithAMessageAndNoStackTrace()
    {
        using var unlistable = new UnlistableFolder(_folder.Path);

        var run = await CliRun.RunAsync("validate", unlistable.Path, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        var report = JsonReport.ParseConsistent(run.Output);
        Assert.Equal(unlistable.Path, (string?)Assert.Single(report["unreadable"]!.AsArray())!["source"]);
        Assert.False(run.ShowsAStackTrace, run.Error);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--lang", "fr")]
    [InlineData("--lang", "not a tag")]
    [InlineData("--messages")]
    [InlineData("--max-errors", "0")]
    [InlineData("--max-errors", "many")]
    [InlineData("--strict")]
    [InlineData("--format")]
    [InlineData("--max-errors")]
    public async Task Validate_WrongOption_ExitsTwoWithAMessageAndChecksNothing(params string[] options)
    {
        var run = await CliRun.RunAsync(["validate", RepositoryPaths.Example(TestDocuments.IssueExample), .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
        Assert.DoesNotContain("Checked", run.Output, StringComparison.Ordinal);
        Assert.False(run.ShowsAStackTrace, run.Error);
    }

    [Fact]
    public async Task Validate_MistypedOption_SaysItIsNotAnOption()
    {
        var run = await CliRun.RunAsync("validate", RepositoryPaths.Example(TestDocuments.IssueExample), "--formt", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("Unrecognized option '--formt'.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Checked", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NonIntegerMaxErrors_SaysWhatItMustBe()
    {
        var run = await CliRun.RunAsync("validate", RepositoryPaths.Example(TestDocuments.IssueExample), "--max-errors", "many");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("--max-errors must be a whole number of at least 1, not 'many'.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ValidDocumentOnStandardInput_ExitsZero()
    {
        var run = await CliRun.RunWithInputAsync(Encoding.UTF8.GetBytes(TestDocuments.Example(TestDocuments.DirectoryExample)), "validate", "-");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal("Checked 1 document: 1 valid, 0 invalid; 0 errors, 0 warnings." + Environment.NewLine, run.Output);
    }

    [Fact]
    public async Task Validate_InvalidDocumentOnStandardInput_ReportsItAsDash()
    {
        var run = await CliRun.RunWithInputAsync(File.ReadAllBytes(TestDocuments.InvalidSamplePath), "validate", "-", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var document = Assert.Single(JsonReport.ParseConsistent(run.Output)["documents"]!.AsArray())!;
        Assert.Equal(("-", "article", 4), ((string?)document["source"], (string?)document["kind"], document["errors"]!.AsArray().Count));
    }

    [Fact]
    public async Task Validate_EmptyStandardInput_ExitsOneWithTheEmptyDocumentCode()
    {
        var run = await CliRun.RunWithInputAsync([], "validate", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("-:1:1: error LMEC021 /: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MixedFolder_ChecksEveryDocumentFileInEverySubfolderAndNothingElse()
    {
        var documents = _folder.File(TestDocuments.WriteMixedFolder(_folder));

        var run = await CliRun.RunAsync("validate", documents, "--format", "json");

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        var report = JsonReport.ParseConsistent(run.Output);
        Assert.Equal(
            TestDocuments.MixedFolderSources,
            report["documents"]!.AsArray().Select(document => Path.GetRelativePath(_folder.Path, (string)document!["source"]!) + (document["line"] is { } line ? $":{line}" : string.Empty)));
        Assert.Equal(
            ["newsletterIssue", "article", "article", "organisationDirectory", "article", "article", "article", "organisationDirectory", "newsletterIssue"],
            report["documents"]!.AsArray().Select(document => (string?)document!["kind"]));
        Assert.Equal(
            [[], [], ["LMEC020"], [], ["LMEC210", "LMEC202", "LMEC211", "LMEC204"], ["LMEC101"], [], [], []],
            report["documents"]!.AsArray().Select(document => document!["errors"]!.AsArray().Select(error => (string)error!["code"]!).ToArray()));
        Assert.Equal((9, 6, 3, 6, 0), Counts(report));
    }

    [Fact]
    public async Task Validate_FolderWithALinkBackToItself_ChecksEachDocumentOnce()
    {
        var documents = _folder.File(TestDocuments.WriteMixedFolder(_folder));
        Directory.CreateSymbolicLink(Path.Combine(documents, "nested", "deeper", "up"), documents);

        var run = await CliRun.RunAsync("validate", documents, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(TestDocuments.MixedFolderSources.Count, JsonReport.ParseConsistent(run.Output)["documents"]!.AsArray().Count);
    }

    [Fact]
    public async Task Validate_ArchiveWithABrokenLine_ReportsThatLineAndChecksTheOthers()
    {
        var archive = _folder.Write("archive.ndjson", string.Join('\n', TestDocuments.OnOneLine(TestDocuments.Example(TestDocuments.IssueExample)), TestDocuments.BrokenLine, TestDocuments.OnOneLine(TestDocuments.Example(TestDocuments.ArticleExample))));

        var run = await CliRun.RunAsync("validate", archive);

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(
            [
                $"{archive}:2:45: error LMEC020 /schemaVersion: The field name broken must be in double quotes; write \"broken\", e.g. \"title\": \"Mekong\".",
                "Checked 3 documents: 2 valid, 1 invalid; 1 error, 0 warnings.",
            ],
            run.OutputLines);
    }

    [Fact]
    public async Task Validate_ArchiveWithBlankAndCrLfLines_KeepsTheLineNumbersOfTheFile()
    {
        var line = TestDocuments.OnOneLine(File.ReadAllText(TestDocuments.InvalidSamplePath));
        var archive = _folder.Write("archive.ndjson", $"\r\n{line}\r\n\r\n{line}\r\n");

        var run = await CliRun.RunAsync("validate", archive, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([2, 4], JsonReport.ParseConsistent(run.Output)["documents"]!.AsArray().Select(document => (int)document!["line"]!));
    }

    [Fact]
    public async Task Validate_ChineseLanguage_WritesFindingsAndSummaryInChinese()
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--lang", "zh-Hans");

        Assert.Equal(1, run.ExitCode);
        var lines = run.OutputLines;
        Assert.EndsWith("error LMEC204 /article/event/endDate: 活动的结束日期 2023-04-24 早于开始日期 2023-04-25；请更正开始日期或结束日期。", lines[3], StringComparison.Ordinal);
        Assert.Equal("共检查 1 个文档：0 个有效，1 个无效；4 个错误，0 个警告。", lines[4]);
    }

    [Fact]
    public async Task Validate_ChineseLanguageAndAMissingFile_SaysSoInChinese()
    {
        var missing = _folder.File("missing.json");

        var run = await CliRun.RunAsync("validate", missing, "--lang", "zh-Hans");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"lmec-content：无法读取“{missing}”：没有这个文件或文件夹" + Environment.NewLine, run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Validate_UnknownMember_IsAnError()
    {
        var path = _folder.Write("newer.json", TestDocuments.WithUnknownMember(TestDocuments.Example(TestDocuments.ArticleExample)));

        var run = await CliRun.RunAsync("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"{path}:5:21: error LMEC101 /embargo: This object has no field \"embargo\"; remove it or correct its name.",
                "Checked 1 document: 0 valid, 1 invalid; 1 error, 0 warnings.",
            ],
            run.OutputLines);
    }

    [Fact]
    public async Task Validate_UnknownMemberWhenLenient_IsAWarningAndExitsZero()
    {
        var path = _folder.Write("newer.json", TestDocuments.WithUnknownMember(TestDocuments.Example(TestDocuments.ArticleExample)));

        var run = await CliRun.RunAsync("validate", path, "--lenient");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(
            [
                $"{path}:5:21: warning LMEC101 /embargo: The field \"embargo\" is not part of this version of the format; it is kept as it is but not checked.",
                "Checked 1 document: 1 valid, 0 invalid; 0 errors, 1 warning.",
            ],
            run.OutputLines);
    }

    [Fact]
    public async Task Validate_MaxErrors_StopsAfterTheDocumentThatReachesIt()
    {
        var line = TestDocuments.OnOneLine(TestDocuments.WithUnknownMember(TestDocuments.Example(TestDocuments.ArticleExample)));
        var archive = _folder.Write("archive.ndjson", string.Join('\n', Enumerable.Repeat(line, 5)));

        var text = await CliRun.RunAsync("validate", archive, "--max-errors", "2");
        var json = await CliRun.RunAsync("validate", archive, "--max-errors", "2", "--format", "json");
        var sarif = await CliRun.RunAsync("validate", archive, "--max-errors", "2", "--format", "sarif");

        Assert.Equal((1, 1, 1), (text.ExitCode, json.ExitCode, sarif.ExitCode));
        Assert.Equal(
            ["Stopped after 2 errors (--max-errors).", "Checked 2 documents: 0 valid, 2 invalid; 2 errors, 0 warnings."],
            text.OutputLines[^2..]);
        var report = JsonReport.ParseConsistent(json.Output);
        Assert.Equal((2, 2), ((int)report["summary"]!["documents"]!, (int)report["summary"]!["stoppedAfterErrors"]!));
        Assert.Equal(2, SarifLog.ParseValid(sarif.Output).Count);
    }

    [Fact]
    public async Task Validate_MaxErrorsNotReached_ChecksEverything()
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, RepositoryPaths.Example(TestDocuments.IssueExample), "--max-errors", "5", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var summary = JsonReport.ParseConsistent(run.Output)["summary"]!;
        Assert.Equal((2, null), ((int)summary["documents"]!, summary["stoppedAfterErrors"]));
    }

    [Fact]
    public async Task Validate_SarifFormat_WritesAValidSarifLogWithAResultPerFinding()
    {
        var documents = _folder.File(TestDocuments.WriteMixedFolder(_folder));

        var run = await CliRun.RunAsync("validate", documents, "--format", "sarif");

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        var results = SarifLog.ParseValid(run.Output);
        Assert.Equal(["LMEC020", "LMEC210", "LMEC202", "LMEC211", "LMEC204", "LMEC101"], results.Select(result => (string)result["ruleId"]!));
        var archiveLine = results[0]["locations"]![0]!["physicalLocation"]!;
        Assert.EndsWith("/documents/archive.ndjson", (string)archiveLine["artifactLocation"]!["uri"]!, StringComparison.Ordinal);
        Assert.Equal(3, (int)archiveLine["region"]!["startLine"]!);
        Assert.Equal("/embargo", (string?)results[5]["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]);
    }

    [Fact]
    public async Task Validate_SarifFormatWithNothingToReport_WritesAValidSarifLogWithoutResults()
    {
        var run = await CliRun.RunAsync("validate", RepositoryPaths.Example(TestDocuments.IssueExample), "--format", "sarif");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(SarifLog.ParseValid(run.Output));
    }

    [Fact]
    public async Task Validate_SarifFormatAndAMissingFile_SaysTheRunDidNotSucceed()
    {
        var run = await CliRun.RunAsync("validate", _folder.File("missing.json"), "--format", "sarif");

        Assert.Equal(2, run.ExitCode);
        SarifLog.ParseValid(run.Output);
        var invocation = JsonNode.Parse(run.Output)!["runs"]![0]!["invocations"]![0]!;
        Assert.False((bool)invocation["executionSuccessful"]!);
        Assert.EndsWith("missing.json: no such file or folder", (string)invocation["toolExecutionNotifications"]![0]!["message"]!["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_SarifFormat_EscapesFileNamesAsUris()
    {
        var path = _folder.Write("with space#1.json", File.ReadAllText(TestDocuments.InvalidSamplePath));

        var run = await CliRun.RunAsync("validate", path, "--format", "sarif");

        Assert.EndsWith("/with%20space%231.json", (string)SarifLog.ParseValid(run.Output)[0]["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public async Task Validate_MachineFormats_WriteApostrophesAndQuotesReadably(string format)
    {
        var path = _folder.Write("newer.json", TestDocuments.WithUnknownMember(TestDocuments.Example(TestDocuments.ArticleExample)));

        var run = await CliRun.RunAsync("validate", path, "--format", format);

        Assert.Contains("This object has no field \\\"embargo\\\"; remove it or correct its name.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0022", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public async Task Validate_MachineFormatsInChinese_WriteChineseCharactersAsThemselves(string format)
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--format", format, "--lang", "zh-Hans");

        Assert.Contains("活动的结束日期 2023-04-24 早于开始日期 2023-04-25；请更正开始日期或结束日期。", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_JsonFormatWithAQuoteInAMessage_StaysValidJson()
    {
        var archive = _folder.Write("archive.ndjson", TestDocuments.BrokenLine);

        var run = await CliRun.RunAsync("validate", archive, "--format", "json");

        var error = JsonReport.ParseConsistent(run.Output)["documents"]![0]!["errors"]![0]!;
        Assert.Equal("The field name broken must be in double quotes; write \"broken\", e.g. \"title\": \"Mekong\".", (string?)error["message"]);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Validate_CapturedOutput_HasNoColourCodes(string format)
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, _folder.File("missing.json"), "--format", format);

        Assert.DoesNotContain('\e', run.Output);
        Assert.DoesNotContain('\e', run.Error);
    }

    [Fact]
    public async Task Validate_ControlCharactersInNamesAndMembers_AreWrittenEscapedInText()
    {
        var path = _folder.Write("\e[31mred.json", "{\"kind\": \"article\", \"schemaVersion\": \"1.0\", \"\\u001b[2J\\u0007\": 1}");

        var run = await CliRun.RunAsync("validate", _folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\e', run.Output);
        Assert.DoesNotContain('\a', run.Output);
        Assert.Contains("\\u001b[31mred.json:1:45: error LMEC101 /\\u001b[2J\\u0007: This object has no field \"\\u001b[2J\\u0007\"", run.Output, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> BadInputs() => new()
    {
        { "empty.json", [] },
        { "spaces.json", "   \n\t "u8.ToArray() },
        { "binary.json", [0x00, 0xFF, 0xFE, 0x7F, 0x80, 0x1B, 0x5B, 0x33, 0x31, 0x6D] },
        { "utf16.json", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"kind\":\"article\"}")).ToArray() },
        { "invalid-utf8.json", [.. "{\"kind\":\"article\",\"language\":\""u8, 0xC3, 0x28, .. "\"}"u8] },
        { "array.json", "[1, 2, 3]"u8.ToArray() },
        { "string.json", "\"newsletterIssue\""u8.ToArray() },
        { "deep.json", Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)) },
        { "truncated.json", Encoding.UTF8.GetBytes(TestDocuments.Example(TestDocuments.IssueExample)[..500]) },
        { "wrong-kind.json", "{\"kind\": \"poster\", \"schemaVersion\": \"1.0\"}"u8.ToArray() },
        { "huge-number.json", "{\"kind\": \"newsletterIssue\", \"issueNumber\": 1e999}"u8.ToArray() },
        { "lone-surrogate.json", "{\"kind\": \"article\", \"language\": \"\\ud800\"}"u8.ToArray() },
        { "lone-surrogate-member.json", "{\"kind\": \"article\", \"\\udc00x\": 1}"u8.ToArray() },
        { "archive.ndjson", "{\n}\n[\n\"\n\u0000\n"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Validate_BadInput_ExitsOneInEveryFormatWithoutAStackTrace(string fileName, byte[] content)
    {
        var path = _folder.Write(fileName, content);

        foreach (var format in new[] { "text", "json", "sarif", "html" })
        {
            var run = await CliRun.RunAsync("validate", path, "--format", format);

            Assert.Equal(1, run.ExitCode);
            Assert.False(run.ShowsAStackTrace, run.Error);
            Assert.DoesNotContain("LMEC9", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Validate_BadInputOnStandardInput_ExitsOneWithoutAStackTrace()
    {
        var run = await CliRun.RunWithInputAsync([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x7B], "validate", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.False(run.ShowsAStackTrace, run.Error);
    }

    public void Dispose() => _folder.Dispose();

    private static (int Documents, int Valid, int Invalid, int Errors, int Warnings) Counts(JsonObject report)
    {
        var summary = report["summary"]!;
        return ((int)summary["documents"]!, (int)summary["valid"]!, (int)summary["invalid"]!, (int)summary["errors"]!, (int)summary["warnings"]!);
    }
}
