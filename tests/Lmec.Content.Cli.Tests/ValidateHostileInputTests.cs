using System.Reflection;
using System.Text.Json.Nodes;
using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

/// <summary>
/// The entry points of <c>bad-inputs.md</c> beyond the library: inputs in which nothing can be checked, files
/// that are not files, an output that cannot be written, and the command line itself. Each gets a one-line reason
/// and a non-zero exit; none hangs and none shows a stack trace.
/// </summary>
public sealed class ValidateHostileInputTests : IDisposable
{
    // Not a timing: a run still going after this has hung (a FIFO opened with no writer waits for ever).
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(60);

    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string, string> NothingToCheck() => new()
    {
        { "empty", "no .json or .ndjson file in this folder or its subfolders" },
        { "no-documents", "no .json or .ndjson file in this folder or its subfolders" },
        { "mistyped", "no such file or folder" },
        { "empty.ndjson", "no document in this archive: every line is blank" },
    };

    [Theory]
    [MemberData(nameof(NothingToCheck))]
    public async Task Validate_InputWithNothingToCheck_ExitsTwoWithOneLineAndNoSummary(string name, string reason)
    {
        Directory.CreateDirectory(_folder.File("empty"));
        _folder.Write("no-documents/notes.txt", "not a document");
        _folder.Write("no-documents/nested/readme.md", "# not a document");
        _folder.Write("empty.ndjson", "\n  \r\n\n");

        var run = await CliRun.RunAsync("validate", _folder.File(name));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"lmec-content: cannot read '{_folder.File(name)}': {reason}" + Environment.NewLine, run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Validate_EmptyFolderBesideAValidDocument_StillExitsTwo()
    {
        Directory.CreateDirectory(_folder.File("empty"));

        var run = await CliRun.RunAsync("validate", RepositoryPaths.Example(TestDocuments.IssueExample), _folder.File("empty"), "--format", "json");

        Assert.Equal(2, run.ExitCode);
        var report = JsonReport.ParseConsistent(run.Output);
        Assert.Equal(_folder.File("empty"), (string?)Assert.Single(report["unreadable"]!.AsArray())!["source"]);
    }

    [Fact]
    public async Task Validate_FolderThatCannotBeListed_SaysWhyInOneLineAndNothingElse()
    {
        // Permissions do not stop root, who runs the tests in CI: the folder is unlistable because its depth exceeds PATH_MAX.
        using var unlistable = new UnlistableFolder(_folder.Path);

        var run = await CliRun.RunAsync("validate", unlistable.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"lmec-content: cannot read '{unlistable.Path}': ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(run.Output);
        Assert.False(run.ShowsAStackTrace, run.Error);
    }

    [Fact]
    public async Task Validate_FifoInAFolder_IsSkippedWithAMessageAndTheRestChecked()
    {
        _folder.Write("documents/issue.json", TestDocuments.Example(TestDocuments.IssueExample));

        var run = await ShellRun.RunAsync(_folder.Path, "mkfifo documents/pipe.json && lmec-content validate documents").WaitAsync(HangBound);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("lmec-content: skipped 'documents/pipe.json': not a regular file (a pipe, socket or device); name it directly to read it once\n", run.Error);
        Assert.Equal("Checked 1 document: 1 valid, 0 invalid; 0 errors, 0 warnings.\n", run.Output);
    }

    [Fact]
    public async Task Validate_FolderHoldingOnlyAFifo_ExitsTwo()
    {
        var run = await ShellRun.RunAsync(_folder.Path, "mkdir documents && mkfifo documents/pipe.json && lmec-content validate documents").WaitAsync(HangBound);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            ["lmec-content: skipped 'documents/pipe.json': not a regular file (a pipe, socket or device); name it directly to read it once",
             "lmec-content: cannot read 'documents': no .json or .ndjson file in this folder or its subfolders"],
            run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Validate_FifoNamedDirectly_IsReadOnce()
    {
        _folder.Write("issue.json", TestDocuments.Example(TestDocuments.IssueExample));

        var run = await ShellRun.RunAsync(_folder.Path, "mkfifo pipe.json && { cat issue.json > pipe.json & } && lmec-content validate pipe.json").WaitAsync(HangBound);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal("Checked 1 document: 1 valid, 0 invalid; 0 errors, 0 warnings.\n", run.Output);
    }

    public static TheoryData<string, string> UnwritableOutputs() => new()
    {
        { "lmec-content validate issue.json >&-", "Bad file descriptor" },
        { "lmec-content validate issue.json >/dev/full", "No space left on device" },
        { "lmec-content validate archive.ndjson | head -1 >/dev/null; exit ${PIPESTATUS[0]}", "Broken pipe" },
        { "lmec-content schema show newsletter-issue >/dev/full", "No space left on device" },
    };

    [Theory]
    [MemberData(nameof(UnwritableOutputs))]
    public async Task Run_OutputThatCannotBeWritten_SaysSoInOneLineAndExitsTwo(string script, string reason)
    {
        _folder.Write("issue.json", TestDocuments.Example(TestDocuments.IssueExample));

        // Far more than a pipe holds, so that the tool is still writing when head has gone.
        var line = TestDocuments.OnOneLine(File.ReadAllText(TestDocuments.InvalidSamplePath));
        _folder.Write("archive.ndjson", string.Join('\n', Enumerable.Repeat(line, 2_000)));

        var run = await ShellRun.RunAsync(_folder.Path, script).WaitAsync(HangBound);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"lmec-content: cannot write the output: {reason}\n", run.Error);
    }

    [Fact]
    public async Task Run_OutputThatFailsInProcess_SaysSoInOneLineAndExitsTwo()
    {
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(["validate", RepositoryPaths.Example(TestDocuments.IssueExample)], new FailingWriter(), error);

        Assert.Equal(2, exitCode);
        Assert.Equal("lmec-content: cannot write the output: No space left on device" + Environment.NewLine, error.ToString());
    }

    [Theory]
    [InlineData("digest")]
    [InlineData("convert", "--to", "jsonld")]
    [InlineData("convert", "--to", "ninjs")]
    [InlineData("summary")]
    public async Task Run_DashAsTheFile_ReadsStandardInputLikeTheFile(string command, params string[] options)
    {
        var path = RepositoryPaths.Example(TestDocuments.IssueExample);

        var fromFile = await CliRun.RunAsync([command, path, .. options]);
        var fromInput = await CliRun.RunWithInputAsync(File.ReadAllBytes(path), [command, "-", .. options]);

        Assert.Equal((0, string.Empty), (fromInput.ExitCode, fromInput.Error));
        Assert.Equal(fromFile.Output.Replace(path, "-", StringComparison.Ordinal), fromInput.Output);
    }

    [Fact]
    public async Task Convert_InvalidDocument_ExitsOneWithItsFindingsOnStandardError()
    {
        var path = TestDocuments.InvalidSamplePath;

        var run = await CliRun.RunAsync("convert", path, "--to", "jsonld");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal(
            ["LMEC210", "LMEC202", "LMEC211", "LMEC204"],
            run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')[2]));
        Assert.StartsWith($"{path}:22:9: error LMEC210 /article/event/location/countryCode: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_InvalidDocumentOnStandardInput_ExitsOne()
    {
        var run = await CliRun.RunWithInputAsync(File.ReadAllBytes(TestDocuments.InvalidSamplePath), "convert", "-", "--to", "ninjs");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith("-:22:9: error LMEC210 ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public async Task Validate_MaxErrorsWithinOneDocument_ReportsExactlyThatMany(string format)
    {
        // The invalid sample has four errors.
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--max-errors", "2", "--format", format);

        Assert.Equal(1, run.ExitCode);
        var codes = format switch
        {
            "json" => JsonReport.ParseConsistent(run.Output)["documents"]![0]!["errors"]!.AsArray().Select(error => (string)error!["code"]!),
            "sarif" => SarifLog.ParseValid(run.Output).Select(result => (string)result["ruleId"]!),
            _ => run.OutputLines.SkipLast(2).Select(line => line.Split(' ')[2]),
        };
        Assert.Equal(["LMEC210", "LMEC202"], codes);
        if (format == "text")
        {
            Assert.Equal(["Stopped after 2 errors (--max-errors).", "Checked 1 document: 0 valid, 1 invalid; 2 errors, 0 warnings."], run.OutputLines[^2..]);
        }
    }

    [Theory]
    [InlineData("lmec-content validate", "Unrecognized option '--formt'.", "validate", "issue.json", "--formt", "json")]
    [InlineData("lmec-content validate", "Required argument 'paths' missing for command: 'validate'.", "validate")]
    [InlineData("lmec-content schema show", "Required argument 'name' missing for command: 'show'.", "schema", "show")]
    [InlineData("lmec-content", "Required command was not provided.")]
    public async Task Run_UsageError_PrintsTheReasonThenAOneLineHintAndNotTheHelp(string command, string reason, params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal([reason, $"Run '{command} --help' for usage."], run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Validate_Sarif_NamesTheToolsVersion()
    {
        var run = await CliRun.RunAsync("validate", TestDocuments.InvalidSamplePath, "--format", "sarif");

        var driver = JsonNode.Parse(run.Output)!["runs"]![0]!["tool"]!["driver"]!;
        var version = typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Assert.Equal((version, version), ((string?)driver["version"], (string?)driver["semanticVersion"]));
        Assert.StartsWith("1.", version, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");

        public override Task WriteLineAsync(string? value) => throw new IOException("No space left on device");
    }
}
