namespace Lmec.Content.Cli.Tests;

/// <summary><c>validate --ignore CODE</c> and <c>--severity CODE=warning|error</c>: codes switched off or given another severity, and the usage errors of codes that cannot be.</summary>
public sealed class ValidateRuleSwitchesTests
{
    private const string EndsBeforeStart = "LMEC204 /article/event/endDate";

    [Theory]
    [InlineData("--ignore", "LMEC204")]
    [InlineData("--ignore", "lmec204,LMEC217")]
    public async Task Validate_Ignore_DropsTheCodesFindings(string option, string codes)
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, option, codes);

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Assert.DoesNotContain(EndsBeforeStart, run.Output, StringComparison.Ordinal);
        Assert.EndsWith("Checked 1 document: 0 valid, 1 invalid; 3 errors, 0 warnings." + Environment.NewLine, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_SeverityWarning_ReportsTheCodeAsAWarning()
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--severity", "LMEC204=warning");

        Assert.Contains("warning " + EndsBeforeStart, run.Output, StringComparison.Ordinal);
        Assert.EndsWith("3 errors, 1 warning." + Environment.NewLine, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_IgnoreEveryRuleTheDocumentBreaks_ExitsZero()
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--ignore", "LMEC210", "--ignore", "LMEC202,LMEC211", "--severity", "LMEC204=warning");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("Checked 1 document: 1 valid, 0 invalid; 0 errors, 1 warning." + Environment.NewLine, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_SeverityError_MakesAWarningFail()
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--ignore", "LMEC210,LMEC202,LMEC211", "--severity", "LMEC204=error");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error " + EndsBeforeStart, run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ignore", "LMEC999", "--ignore: LMEC999 is not a code of lmec-content; the codes are listed in docs/validation-rules.md.")]
    [InlineData("--ignore", "SC2086", "--ignore: SC2086 is not a code of lmec-content; the codes are listed in docs/validation-rules.md.")]
    [InlineData("--ignore", "LMEC106", "--ignore: LMEC106 cannot be switched off or made a warning: a document with it cannot be read (LMEC0xx, LMEC1xx, LMEC9xx, LMEC222).")]
    [InlineData("--ignore", "LMEC222", "--ignore: LMEC222 cannot be switched off or made a warning: a document with it cannot be read (LMEC0xx, LMEC1xx, LMEC9xx, LMEC222).")]
    [InlineData("--severity", "LMEC020=warning", "--severity: LMEC020 cannot be switched off or made a warning: a document with it cannot be read (LMEC0xx, LMEC1xx, LMEC9xx, LMEC222).")]
    [InlineData("--severity", "LMEC216", "--severity takes CODE=warning or CODE=error, such as LMEC206=warning, not 'LMEC216'.")]
    [InlineData("--severity", "LMEC216=info", "--severity takes CODE=warning or CODE=error, such as LMEC206=warning, not 'LMEC216=INFO'.")]
    public async Task Validate_CodeThatCannotBeSwitched_IsAUsageErrorWithTheReasonFirstAndAHint(string option, string value, string reason)
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, option, value);

        Assert.Equal((2, string.Empty), (run.ExitCode, run.Output));
        Assert.Equal([reason, "Run 'lmec-content validate --help' for usage."], run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("LMEC216")]
    [InlineData("LMEC217")]
    [InlineData("LMEC206")]
    [InlineData("LMEC221")]
    [InlineData("LMEC223")]
    [InlineData("LMEC224")]
    public async Task Validate_WarningsAndRulesOfTheRegion_CanBeSwitchedOff(string code)
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--ignore", code, "--severity", code + "=error");

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
    }
}
