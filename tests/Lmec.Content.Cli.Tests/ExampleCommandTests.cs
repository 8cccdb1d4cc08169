using System.Text;
using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

public sealed class ExampleCommandTests
{
    public static TheoryData<string, string> KindsAndFiles() => new()
    {
        { "issue", TestDocuments.IssueExample },
        { "article", TestDocuments.ArticleExample },
        { "directory", TestDocuments.DirectoryExample },
    };

    public static TheoryData<string, string> KindsAndWireKinds() => new()
    {
        { "issue", "newsletterIssue" },
        { "article", "article" },
        { "directory", "organisationDirectory" },
    };

    [Theory]
    [MemberData(nameof(KindsAndFiles))]
    public async Task Example_Kind_WritesTheCommittedExample(string kind, string fileName)
    {
        var run = await CliRun.RunAsync("example", "--kind", kind);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(TestDocuments.Example(fileName), run.Output);
    }

    [Theory]
    [MemberData(nameof(KindsAndWireKinds))]
    public async Task Example_Kind_IsValidThroughStandardInput(string kind, string wireKind)
    {
        var example = await CliRun.RunAsync("example", "--kind", kind);

        var run = await CliRun.RunWithInputAsync(Encoding.UTF8.GetBytes(example.Output), "validate", "-", "--format", "json");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var document = Assert.Single(JsonReport.ParseConsistent(run.Output)["documents"]!.AsArray())!;
        Assert.Equal(wireKind, (string?)document["kind"]);
        Assert.Empty(document["errors"]!.AsArray());
    }

    [Fact]
    public async Task Example_WithoutKind_WritesTheNewsletterIssue()
    {
        var run = await CliRun.RunAsync("example");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(TestDocuments.Example(TestDocuments.IssueExample), run.Output);
    }

    [Fact]
    public async Task Example_AsAProcessPipedIntoValidate_ExitsZero()
    {
        var example = await ToolProcess.RunAsync(RepositoryPaths.Root, [], "example", "--kind", "article");

        var run = await ToolProcess.RunAsync(RepositoryPaths.Root, Encoding.UTF8.GetBytes(example.Output), "validate", "-");

        Assert.Equal((0, string.Empty), (example.ExitCode, example.Error));
        Assert.Equal((0, "Checked 1 document: 1 valid, 0 invalid; 0 errors, 0 warnings.\n", string.Empty), (run.ExitCode, run.Output, run.Error));
    }

    [Theory]
    [InlineData("--kind", "poster")]
    [InlineData("--kind")]
    [InlineData("extra")]
    public async Task Example_WrongArguments_ExitsTwoAndWritesNoDocument(params string[] args)
    {
        var run = await CliRun.RunAsync(["example", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
        Assert.DoesNotContain("\"kind\"", run.Output, StringComparison.Ordinal);
    }
}
