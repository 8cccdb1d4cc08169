using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

/// <summary><c>validate --parallel</c>: the same report, byte for byte, however many documents are checked at once.</summary>
public sealed class ValidateParallelTests : IDisposable
{
    private static readonly string Corpus = Path.Combine(RepositoryPaths.SchemasV1, "conformance");

    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("html")]
    public async Task Validate_CorpusAsAnArchive_GivesTheSameOutputInParallelAsOneAtATime(string format)
    {
        var archive = CorpusArchive();

        var sequential = await CliRun.RunAsync("validate", archive, "--format", format, "--parallel", "1");
        var parallel = await CliRun.RunAsync("validate", archive, "--format", format, "--parallel", "4");

        Assert.Equal(1, sequential.ExitCode);
        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("html")]
    public async Task Validate_CorpusAsAFolder_GivesTheSameOutputInParallelAsOneAtATime(string format)
    {
        var sequential = await CliRun.RunAsync("validate", Corpus, "--format", format, "--parallel", "1");
        var parallel = await CliRun.RunAsync("validate", Corpus, "--format", format, "--parallel", "4");

        Assert.Equal(1, sequential.ExitCode);
        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData("text", "1")]
    [InlineData("text", "7")]
    [InlineData("json", "25")]
    [InlineData("sarif", "3")]
    public async Task Validate_MaxErrorsInParallel_StopsWhereOneAtATimeStops(string format, string maxErrors)
    {
        var archive = CorpusArchive();

        var sequential = await CliRun.RunAsync("validate", archive, Corpus, "--format", format, "--max-errors", maxErrors, "--parallel", "1");
        var parallel = await CliRun.RunAsync("validate", archive, Corpus, "--format", format, "--max-errors", maxErrors, "--parallel", "3");

        Assert.Equal(1, sequential.ExitCode);
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public async Task Validate_ParallelNotGiven_GivesTheSameOutputAsOneAtATime()
    {
        var archive = CorpusArchive();

        var sequential = await CliRun.RunAsync("validate", archive, "--parallel", "1");
        var byDefault = await CliRun.RunAsync("validate", archive);

        Assert.Equal(sequential, byDefault);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("two")]
    [InlineData("1.5")]
    public async Task Validate_BadParallel_ExitsTwoWithTheReasonAndAHint(string value)
    {
        var run = await CliRun.RunAsync("validate", RepositoryPaths.Example(TestDocuments.IssueExample), "--parallel", value);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal(
            [$"--parallel must be a whole number of at least 1, not '{value}'.", "Run 'lmec-content validate --help' for usage."],
            run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    public void Dispose() => _folder.Dispose();

    // Every document of the conformance corpus, one a line; a line break inside a (broken) document becomes a space.
    private string CorpusArchive() =>
        _folder.Write(
            "corpus.ndjson",
            string.Join('\n', Directory.EnumerateFiles(Corpus, "*.json", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(file => File.ReadAllText(file).Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' '))));
}
