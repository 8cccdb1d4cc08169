namespace Lmec.Content.Cli.Tests;

/// <summary><c>validate --lang</c> takes any language the catalogue has, through regional tags; <c>--messages</c> loads corrected or added message files.</summary>
public sealed class ValidateMessagesOptionTests : IDisposable
{
    private const string ChineseEndDateMessage = "活动的结束日期 2023-04-24 早于开始日期 2023-04-25；请更正开始日期或结束日期。";

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Validate_RegionalChineseTag_WritesSimplifiedChinese()
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--lang", "zh-CN");

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith(ChineseEndDateMessage, run.OutputLines[3], StringComparison.Ordinal);
        Assert.Equal("共检查 1 个文档：0 个有效，1 个无效；4 个错误，0 个警告。", run.OutputLines[4]);
    }

    [Fact]
    public async Task Validate_LanguageWithoutMessages_ExitsTwoNamingTheLanguagesThereAre()
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--lang", "fr");

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal("lmec-content: there are no messages in 'fr'; use --lang with one of en, km, lo, my, th, vi, zh-Hans, zh-Hant, or add the language with --messages FILE." + Environment.NewLine, run.Error);
    }

    [Fact]
    public async Task Validate_CorrectedMessagesFile_WritesTheCorrection()
    {
        var path = _folder.Write("zh-Hans.txt", "# en: The event ends on {0}, before it starts on {1}; correct the start date or the end date.\nLMEC204 = 活动在 {1} 开始，却在 {0} 结束。\n");

        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--lang", "zh-Hans", "--messages", path);

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Assert.EndsWith("活动在 2023-04-25 开始，却在 2023-04-24 结束。", run.OutputLines[3], StringComparison.Ordinal);
        Assert.Equal("共检查 1 个文档：0 个有效，1 个无效；4 个错误，0 个警告。", run.OutputLines[4]);
    }

    [Fact]
    public async Task Validate_FolderAddingALanguage_WritesItAndEnglishWhereItHasNoEntry()
    {
        _folder.Write("messages/de.txt", "LMEC204 = Die Veranstaltung endet am {0}, vor ihrem Beginn am {1}.\n");

        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--lang", "de", "--messages", _folder.File("messages"));

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Assert.EndsWith("Die Veranstaltung endet am 2023-04-24, vor ihrem Beginn am 2023-04-25.", run.OutputLines[3], StringComparison.Ordinal);
        Assert.Equal("Checked 1 document: 0 valid, 1 invalid; 4 errors, 0 warnings.", run.OutputLines[4]);
    }

    // Every finding of the invalid sample, and the summary, is written in the language's own script: none is left
    // in English. Vietnamese is written in Latin letters, so its lines must hold a letter with a Vietnamese mark.
    [Theory]
    [InlineData("km", '\u1780', '\u17FF')]
    [InlineData("lo", '\u0E80', '\u0EFF')]
    [InlineData("my", '\u1000', '\u109F')]
    [InlineData("th", '\u0E00', '\u0E7F')]
    [InlineData("vi", '\u1EA0', '\u1EF9')]
    [InlineData("zh-Hant", '\u4E00', '\u9FFF')]
    public async Task Validate_MekongLanguage_WritesEveryMessageInItsScript(string language, char first, char last)
    {
        var english = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath);
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--lang", language);

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(english.OutputLines.Length, run.OutputLines.Length);
        Assert.True(run.OutputLines.Length >= 3, run.Output);
        Assert.All(run.OutputLines.Zip(english.OutputLines), pair =>
        {
            Assert.NotEqual(pair.Second, pair.First);
            Assert.Contains(pair.First, character => character >= first && character <= last);
        });
    }

    [Fact]
    public async Task Validate_FaultyMessagesFile_ExitsTwoWithOneLineNamingFileAndLine()
    {
        var path = _folder.Write("zh-Hans.txt", "LMEC204 = 结束日期 {2}\n");

        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--lang", "zh-Hans", "--messages", path);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.StartsWith($"lmec-content：无法使用这些消息：{path}, line 1: the entry 'LMEC204' names {{2}}", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.False(run.ShowsAStackTrace, run.Error);
    }

    [Fact]
    public async Task Validate_MessagesFileThatDoesNotExist_ExitsTwoAndChecksNothing()
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--messages", _folder.File("missing.txt"));

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.StartsWith("lmec-content: cannot use the messages: ", run.Error, StringComparison.Ordinal);
        Assert.False(run.ShowsAStackTrace, run.Error);
    }

    public void Dispose() => _folder.Dispose();
}
