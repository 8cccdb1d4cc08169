using System.Reflection;

namespace Lmec.Content.Cli.Tests;

public sealed class CliApplicationTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string[], string[]> CommandsAndTheirOptions() => new()
    {
        { [], ["validate <paths>", "summary <file>", "example", "convert <file>", "digest <file>", "schema", "--version"] },
        { ["validate"], ["validate <paths>... [options]", "--format <html|json|sarif|text>", "--lang <en|km|lo|my|th|vi|zh-Hans|zh-Hant>", "--lenient", "--max-errors <max-errors>", "exit code 0 when all are valid"] },
        { ["summary"], ["summary <file> [options]", "The JSON document to read, or - for standard input."] },
        { ["example"], ["--kind <article|directory|issue>", "[default: issue]"] },
        { ["convert"], ["<file>", "--to", "--out"] },
        { ["digest"], ["<file>"] },
        { ["schema"], ["schema [command] [options]", "list", "show <name>", "export", "JSON Schemas"] },
        { ["schema", "list"], ["--format <json|text>", "[default: text]", "$id"] },
        { ["schema", "show"], ["show <name> [options]", "file name", "$id", "byte for byte"] },
        { ["schema", "export"], ["--out <dir> (REQUIRED)", "is replaced", "never deleted"] },
    };

    [Theory]
    [MemberData(nameof(CommandsAndTheirOptions))]
    public async Task Help_EveryCommand_ExitsZeroAndNamesItsArgumentsAndOptions(string[] command, string[] mentions)
    {
        foreach (var help in new[] { "--help", "-h", "-?" })
        {
            var run = await CliRun.RunAsync([.. command, help]);

            Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
            Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
            Assert.All(mentions, mention => Assert.Contains(mention, run.Output, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Required argument 'paths' missing", "validate", "--format", "json")]
    [InlineData("Required argument 'file' missing", "summary")]
    [InlineData("Required argument 'file' missing", "convert", "--to", "jsonld")]
    [InlineData("Required argument 'name' missing", "schema", "show")]
    [InlineData("Option '--out' is required.", "schema", "export")]
    [InlineData("Required command was not provided.", "schema")]
    public async Task Run_CommandWithoutWhatItRequires_ExitsTwoAndSaysWhatIsMissing(string message, params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("digest")]
    [InlineData("convert", "--to", "jsonld")]
    public async Task Run_FileCommandOnAMissingFileOrAFolder_ExitsTwoWithAMessageAndNoStackTrace(string command, params string[] options)
    {
        foreach (var path in new[] { _folder.File("missing.json"), _folder.Path })
        {
            var run = await CliRun.RunAsync([command, path, .. options]);

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(run.Output);
            Assert.StartsWith(path + ": cannot read: ", run.Error, StringComparison.Ordinal);
            Assert.False(run.ShowsAStackTrace, run.Error);
        }
    }

    [Fact]
    public async Task Run_UnknownCommand_ExitsTwo()
    {
        var run = await CliRun.RunAsync("check", "issue.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("check", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoCommand_ExitsTwo()
    {
        var run = await CliRun.RunAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public async Task Run_Version_WritesTheToolsVersion()
    {
        // In process the version would be the test host's: System.CommandLine asks the entry assembly.
        var run = await ToolProcess.RunAsync(AppContext.BaseDirectory, [], "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion + Environment.NewLine, run.Output);
    }

    public void Dispose() => _folder.Dispose();
}
