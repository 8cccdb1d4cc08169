using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

public sealed class SummaryCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string> ExampleFiles() => [.. RepositoryPaths.AllExamples().Select(path => Path.GetFileName(path))];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Summary_Example_WritesTheGoldenSummary(string fileName)
    {
        var run = await CliRun.RunAsync("summary", RepositoryPaths.Example(fileName));

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        GoldenFile.AssertMatches("summary-" + Path.ChangeExtension(fileName, ".txt"), run.Output);
    }

    [Fact]
    public async Task Summary_Newsletter_NamesTheIssueAndItsPublisher()
    {
        var run = await CliRun.RunAsync("summary", RepositoryPaths.Example(TestDocuments.IssueExample));

        Assert.StartsWith("Newsletter issue ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Issue 6, 2023", run.OutputLines[0], StringComparison.Ordinal);
        Assert.Equal("Publisher: Lancang-Mekong Environmental Cooperation Center (LMEC)", run.OutputLines[1]);
    }

    [Theory]
    [InlineData("{\n  \"kind\": \"article\",\n  \"language\": 7\n}", ":3:3: error LMEC104 /language: ")]
    [InlineData("{\"kind\": \"article\", ", ":1:20: error LMEC020 ")]
    [InlineData("", ":1:1: error LMEC021 /: ")]
    public async Task Summary_NotADocument_ExitsOneWithEachFindingOnStandardError(string text, string finding)
    {
        var path = _folder.Write("bad.json", text);
        var run = await CliRun.RunAsync("summary", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains(path + finding, run.Error, StringComparison.Ordinal);
        Assert.False(run.ShowsAStackTrace, run.Error);
    }

    [Fact]
    public async Task Summary_UnknownMember_ExitsOneAsTheReadingIsStrict()
    {
        var run = await CliRun.RunAsync("summary", _folder.Write("newer.json", TestDocuments.WithUnknownMember(TestDocuments.Example(TestDocuments.ArticleExample))));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("embargo", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
