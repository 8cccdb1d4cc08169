using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

public class ValidateSchemaOptionTests
{
    private static readonly string SchemaOnlyProblem =
        Path.Combine(RepositoryPaths.SchemasV1, "conformance", "invalid", "summary-null.json");

    [Fact]
    public async Task Validate_WithoutSchema_LeavesSchemaOnlyConstraintsUnchecked()
    {
        var run = await CliRun.RunAsync("validate", SchemaOnlyProblem);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("LMEC3", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithSchema_ReportsSchemaFindingsWithPointerAndLine()
    {
        var run = await CliRun.RunAsync("validate", "--schema", SchemaOnlyProblem);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(":26:7: error LMEC312 /articles/0/summary:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithSchema_ExamplesStayValid()
    {
        var run = await CliRun.RunAsync("validate", "--schema", RepositoryPaths.Examples);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 valid, 0 invalid", run.Output, StringComparison.Ordinal);
    }
}
