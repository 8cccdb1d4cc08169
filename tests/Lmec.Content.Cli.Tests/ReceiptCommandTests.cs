using Lmec.Content.Canonicalization;
using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Tests;

public sealed class ReceiptCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task ValidateWithReceipt_ThenVerifyReceipt_TheReceiptHolds()
    {
        var document = _folder.Write("article.json", File.ReadAllBytes(RepositoryPaths.Example("article-asia-foundation-submission.json")));
        var receipt = _folder.File("article.receipt.json");

        var sent = await CliRun.RunAsync("validate", "--receipt", receipt, document);
        var received = await CliRun.RunAsync("verify-receipt", document, receipt);

        Assert.Equal(0, sent.ExitCode);
        Assert.Equal(CanonicalJson.ComputeDigest(File.ReadAllBytes(document)), ValidationReceipt.Parse(File.ReadAllText(receipt)).Digest);
        Assert.Equal((0, string.Empty), (received.ExitCode, received.Error));
        Assert.StartsWith($"{document}: the receipt holds: the same document (sha256:", received.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyReceipt_OneByteOfTheDocumentChanged_ExitsOneOnTheDigest()
    {
        var document = _folder.Write("article.json", File.ReadAllBytes(RepositoryPaths.Example("article-asia-foundation-submission.json")));
        var receipt = _folder.File("article.receipt.json");
        await CliRun.RunAsync("validate", "--receipt", receipt, document);
        var bytes = File.ReadAllBytes(document);
        var at = Array.IndexOf(bytes, (byte)'B');
        bytes[at] = (byte)'b';
        File.WriteAllBytes(document, bytes);

        var run = await CliRun.RunAsync("verify-receipt", document, receipt);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{document}: the receipt does not hold:", run.Output, StringComparison.Ordinal);
        Assert.Contains("  digest: the document's is sha256:", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("  verdict:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateWithReceipt_InvalidDocumentWithSchemaAndRuleSwitches_IsRecheckedWithTheSameSettings()
    {
        var document = _folder.Write("invalid.json", File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "docs", "samples", "article-invalid.json")));
        var receipt = _folder.File("invalid.receipt.json");

        var sent = await CliRun.RunAsync("validate", "--schema", "--lenient", "--ignore", "LMEC217", "--receipt", receipt, document);
        var written = ValidationReceipt.Parse(File.ReadAllText(receipt));
        var received = await CliRun.RunAsync("verify-receipt", document, receipt);

        Assert.Equal(1, sent.ExitCode);
        Assert.False(written.IsValid);
        Assert.NotEmpty(written.Codes);
        Assert.Equal(["LMEC217"], written.DisabledRules);
        Assert.Equal(["Lmec.Content.Schemas.SchemaValidator"], written.StructureChecks);
        Assert.Equal(Serialization.ContentReadMode.Lenient, written.ReadMode);
        Assert.Equal(0, received.ExitCode);
        Assert.Contains("invalid, codes ", received.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyReceipt_ReceiptClaimingAnotherVerdict_ExitsOneOnTheVerdict()
    {
        var document = _folder.Write("invalid.json", File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "docs", "samples", "article-invalid.json")));
        var receipt = _folder.File("invalid.receipt.json");
        await CliRun.RunAsync("validate", "--receipt", receipt, document);
        File.WriteAllText(receipt, File.ReadAllText(receipt).Replace("\"valid\": false", "\"valid\": true", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("verify-receipt", document, receipt);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("  verdict: invalid, codes ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("  digest:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateWithReceipt_TwoDocuments_ExitsTwoAndWritesNoReceipt()
    {
        var receipt = _folder.File("two.receipt.json");

        var run = await CliRun.RunAsync("validate", "--receipt", receipt, RepositoryPaths.Example("newsletter-2023-06.json"), RepositoryPaths.Example("article-asia-foundation-submission.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--receipt: a receipt is of one document, and 2 were checked", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(receipt));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"receipt\": \"lmec-content-validation-receipt/1\"}")]
    public async Task VerifyReceipt_NotAReceipt_ExitsTwoWithAOneLineReason(string text)
    {
        var receipt = _folder.Write("bad.receipt.json", text);

        var run = await CliRun.RunAsync("verify-receipt", RepositoryPaths.Example("newsletter-2023-06.json"), receipt);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith($"{receipt}: cannot use the receipt: ", run.Error, StringComparison.Ordinal);
        Assert.False(run.ShowsAStackTrace, run.Error);
    }

    public void Dispose() => _folder.Dispose();
}
