using System.Text.Json.Nodes;
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

    [Fact]
    public async Task Summary_SpeechWithoutPositionOrOrganisation_LeavesTheMissingPartsOut()
    {
        var document = JsonNode.Parse(TestDocuments.Example(TestDocuments.ArticleExample))!;
        var speech = document["article"]!["speeches"]![0]!.AsObject();
        speech.Remove("position");
        var withoutPosition = await CliRun.RunAsync("summary", _folder.Write("no-position.json", document.ToJsonString()));
        speech.Remove("organisationId");
        var withoutEither = await CliRun.RunAsync("summary", _folder.Write("no-position-no-organisation.json", document.ToJsonString()));

        Assert.Contains("    Speech (Introductory): Zhang Jianxin, The Asia Foundation Beijing Office; 3 points", withoutPosition.OutputLines);
        Assert.Contains("    Speech (Introductory): Zhang Jianxin; 3 points", withoutEither.OutputLines);
        Assert.DoesNotContain(", ,", withoutPosition.Output + withoutEither.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_ChineseNameInALaoDocument_IsWrittenAsChineseWithoutASpace()
    {
        var run = await CliRun.RunAsync("summary", RepositoryPaths.Example("event-report-lao-workshop-2024.json"));

        Assert.Contains(run.OutputLines, static line => line.StartsWith("    Speech (Congratulatory): 陈建国, ", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, static line => line.StartsWith("    Speech (Remarks): 王立峰, ", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, static line => line.StartsWith("    Speech (Opening): ຄຳເພັດ ສີສຸວັນ, ", StringComparison.Ordinal));
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
