using System.Text;
using System.Text.Json.Nodes;
using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

public class ValidateSchemaOptionTests
{
    private static readonly string InvalidSample = Path.Combine(RepositoryPaths.Root, "docs", "samples", "article-invalid.json");

    [Fact]
    public async Task Validate_InvalidSampleWithSchema_ReportsEachMistakeOnceAsWithout()
    {
        var without = await CliRun.RunAsync("validate", InvalidSample);
        var with = await CliRun.RunAsync("validate", "--schema", InvalidSample);

        Assert.Equal((1, 1), (without.ExitCode, with.ExitCode));
        Assert.Equal(without.OutputLines, with.OutputLines);
        Assert.Contains("4 errors, 0 warnings", with.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_LenientWithSchema_ReportsAnUnknownMemberOnceAsAWarning()
    {
        var document = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Example("newsletter-2023-06.json")))!;
        document["articles"]![0]!["mood"] = "festive";

        var run = await CliRun.RunWithInputAsync(Encoding.UTF8.GetBytes(document.ToJsonString()), "validate", "--lenient", "--schema", "-");

        Assert.Equal(0, run.ExitCode);
        var finding = Assert.Single(run.OutputLines, static line => line.Contains("LMEC101", StringComparison.Ordinal));
        Assert.Contains("warning LMEC101 /articles/0/mood", finding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithSchema_AddsWhatTheTypedReadDidNotReach()
    {
        // A missing member stops the typed read before the rules; the schema check still finds the bad address.
        var document = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Example("newsletter-2023-06.json")))!.AsObject();
        document.Remove("publisherId");
        document["contact"]!["details"]!["emails"]![0] = "not an address";
        var input = Encoding.UTF8.GetBytes(document.ToJsonString());

        var without = await CliRun.RunWithInputAsync(input, "validate", "-");
        var with = await CliRun.RunWithInputAsync(input, "validate", "--schema", "-");

        Assert.Contains("error LMEC102 /publisherId", without.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("LMEC211", without.Output, StringComparison.Ordinal);
        Assert.Single(with.OutputLines, static line => line.Contains("error LMEC102 /publisherId", StringComparison.Ordinal));
        Assert.Contains("error LMEC211 /contact/details/emails/0", with.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithSchema_ExamplesStayValid()
    {
        var run = await CliRun.RunAsync("validate", "--schema", RepositoryPaths.Examples);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{RepositoryPaths.AllExamples().Count} valid, 0 invalid", run.Output, StringComparison.Ordinal);
    }
}
