namespace Lmec.Content.PackageTests;

public sealed class ToolTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    [Fact]
    public async Task Validate_ExampleNewsletter_ExitsZero()
    {
        var run = await tool.RunAsync("validate", TestDocuments.Newsletter);

        run.AssertExitCode(0);
    }

    [Fact]
    public async Task Validate_InvalidDocument_ExitsOneAndNamesTheProblem()
    {
        var path = TestDocuments.WriteInvalidNewsletter(tool.WorkFolder);

        var run = await tool.RunAsync("validate", path);

        run.AssertExitCode(1);
        Assert.Contains("LMEC101", run.Output, StringComparison.Ordinal);
        Assert.Contains(TestDocuments.UnknownMember, run.Output, StringComparison.Ordinal);
    }
}
