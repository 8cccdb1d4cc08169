using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

public sealed class ExtensionSchemaOptionTests : IDisposable
{
    private static readonly string Corpus = Path.Combine(RepositoryPaths.SchemasV1, "conformance", "extensions");
    private static readonly string Review = Path.Combine(Corpus, "review.schema.json");
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Validate_KnownExtensionWithItsSchema_IsValid()
    {
        var run = await CliRun.RunAsync("validate", "--extension-schema", Review, Path.Combine(Corpus, "known.json"));

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
    }

    [Fact]
    public async Task Validate_KnownExtensionWithoutItsSchema_ReportsItUnknown()
    {
        var run = await CliRun.RunAsync("validate", Path.Combine(Corpus, "known.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error LMEC112 /extensions/https:~1~1partner.example.org~1lmec~1review~1v1:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_InvalidExtensionContent_ReportsEachValueAtItsPointer()
    {
        var run = await CliRun.RunAsync("validate", "--extension-schema", Review, Path.Combine(Corpus, "invalid.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error LMEC113 /extensions/https:~1~1partner.example.org~1lmec~1review~1v1/status:", run.Output, StringComparison.Ordinal);
        Assert.Contains("error LMEC113 /extensions/https:~1~1partner.example.org~1lmec~1review~1v1/score:", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\": \"object\"}")]
    public async Task Validate_UnusableExtensionSchema_ExitsTwoWithAOneLineReason(string text)
    {
        var schema = _folder.Write("bad.schema.json", text);

        var run = await CliRun.RunAsync("validate", "--extension-schema", schema, Path.Combine(Corpus, "known.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{schema}: cannot use the extension schema: ", run.Error, StringComparison.Ordinal);
        Assert.False(run.ShowsAStackTrace, run.Error);
    }

    [Fact]
    public async Task VerifyReceipt_OfADocumentWithAnExtension_HoldsOnlyWithTheSameExtensionSchema()
    {
        var document = Path.Combine(Corpus, "known.json");
        var receipt = _folder.File("known.receipt.json");
        await CliRun.RunAsync("validate", "--extension-schema", Review, "--receipt", receipt, document);

        var with = await CliRun.RunAsync("verify-receipt", "--extension-schema", Review, document, receipt);
        var without = await CliRun.RunAsync("verify-receipt", document, receipt);

        Assert.Equal(0, with.ExitCode);
        Assert.Equal(1, without.ExitCode);
        Assert.Contains("  settings: ", without.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
