using System.Text;
using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

/// <summary>
/// <c>validate</c> run as a real process, as partners run it, in a temporary working directory with relative
/// paths so that the outputs hold no machine path. The outputs are compared with the golden files under
/// <c>Golden/</c>; after an intended change of an output, <c>LMEC_UPDATE_GOLDEN=1 dotnet test tests/Lmec.Content.Cli.Tests</c>
/// rewrites them (see <see cref="GoldenFile"/>).
/// </summary>
public sealed class ValidateCommandProcessTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData("text", "en", "validate-mixed.txt")]
    [InlineData("text", "zh-Hans", "validate-mixed.zh-Hans.txt")]
    [InlineData("json", "en", "validate-mixed.json")]
    [InlineData("sarif", "en", "validate-mixed.sarif")]
    [InlineData("html", "zh-Hans", "validate-mixed.zh-Hans.html")]
    public async Task Validate_MixedFolderAndStandardInput_WritesTheGoldenOutput(string format, string language, string goldenFile)
    {
        var documents = TestDocuments.WriteMixedFolder(_folder);
        var input = Encoding.UTF8.GetBytes(TestDocuments.WithUnknownMember(TestDocuments.Example(TestDocuments.DirectoryExample)));

        var run = await ToolProcess.RunAsync(_folder.Path, input, "validate", documents, "-", "--format", format, "--lang", language);

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Assert.DoesNotContain('\e', run.Output);
        GoldenFile.AssertMatches(goldenFile, run.Output);
        if (format == "json")
        {
            JsonReport.ParseConsistent(run.Output);
        }
        else if (format == "sarif")
        {
            SarifLog.ParseValid(run.Output);
        }
    }

    [Theory]
    [InlineData(0, "validate", "documents/newsletter-2023-06.json")]
    [InlineData(1, "validate", "documents/invalid/article-invalid.json")]
    [InlineData(2, "validate", "documents/missing.json")]
    [InlineData(2, "validate", "documents", "--format", "xml")]
    [InlineData(2, "validate", "documents", "--no-such-option")]
    public async Task Validate_AsAProcess_ExitsWithTheDocumentedCodeAndNoStackTrace(int exitCode, params string[] args)
    {
        TestDocuments.WriteMixedFolder(_folder);

        var run = await ToolProcess.RunAsync(_folder.Path, [], args);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.False(run.ShowsAStackTrace, run.Error);
        Assert.DoesNotContain('\e', run.Output + run.Error);
    }

    [Fact]
    public async Task Validate_FileWhoseNameStartsWithADash_IsReadAsAPathNotAnOption()
    {
        _folder.Write("-issue.json", TestDocuments.Example(TestDocuments.IssueExample));

        var run = await ToolProcess.RunAsync(_folder.Path, [], "validate", "-issue.json");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task Readme_ValidAndInvalidRuns_ShowWhatTheToolWrites()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "README.md"));

        foreach (var path in new[] { "schemas/v1/examples/newsletter-2023-06.json", "docs/samples/article-invalid.json" })
        {
            var run = await ToolProcess.RunAsync(RepositoryPaths.Root, [], "validate", path);

            Assert.Contains($"$ dotnet run --project src/Lmec.Content.Cli -- validate {path}\n{run.Output}", readme, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _folder.Dispose();
}
