using System.Text.RegularExpressions;
using Lmec.Content.Canonicalization;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

public sealed class DigestCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string> ExampleFiles() => [.. RepositoryPaths.AllExamples()];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Digest_Example_PrintsTheSha256OfItsCanonicalJsonAndTheFileName(string path)
    {
        var run = await CliRun.RunAsync("digest", path);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal($"{CanonicalJson.ComputeDigest(File.ReadAllBytes(path))}  {path}{Environment.NewLine}", run.Output);
        Assert.Matches("^sha256:[0-9a-f]{64}  ", run.Output);
    }

    [Fact]
    public async Task Digest_SameDocumentWrittenDifferently_PrintsTheSameDigest()
    {
        var path = RepositoryPaths.Example("newsletter-2023-06.json");
        var compact = _folder.Write("compact.json", ContentJson.Serialize(ContentJson.Deserialize<ContentDocument>(File.ReadAllText(path))));

        var original = await CliRun.RunAsync("digest", path);
        var rewritten = await CliRun.RunAsync("digest", compact);

        Assert.NotEqual(File.ReadAllBytes(path), File.ReadAllBytes(compact));
        Assert.Equal(original.Output.Split("  ")[0], rewritten.Output.Split("  ")[0]);
    }

    [Fact]
    public async Task Digest_ChangedDocument_PrintsAnotherDigest()
    {
        var path = RepositoryPaths.Example("article-asia-foundation-submission.json");
        var changed = _folder.Write("changed.json", File.ReadAllText(path).Replace("Beijing", "Beijing ", StringComparison.Ordinal));

        var original = await CliRun.RunAsync("digest", path);
        var other = await CliRun.RunAsync("digest", changed);

        Assert.NotEqual(original.Output.Split("  ")[0], other.Output.Split("  ")[0]);
    }

    [Fact]
    public async Task Digest_DocumentOfANewerVersion_IncludesTheMembersThisVersionDoesNotKnow()
    {
        var text = File.ReadAllText(RepositoryPaths.Example("organisation-directory-lancang-mekong-ministries.json"))
            .Replace("\"asOf\": \"2023-06-25\",", "\"asOf\": \"2023-06-25\", \"reviewedBy\": \"lmec\",", StringComparison.Ordinal);
        var path = _folder.Write("newer.json", text);

        var run = await CliRun.RunAsync("digest", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{CanonicalJson.ComputeDigest(File.ReadAllBytes(path))}  {path}{Environment.NewLine}", run.Output);
    }

    [Fact]
    public async Task Digest_DocumentWithEmptyLists_PrintsTheDigestOfItsBytesAsTheCorpusVectorSays()
    {
        // The model leaves empty lists out when written; the digest is of the bytes read, as any RFC 8785 implementation computes it.
        var path = Path.Combine(RepositoryPaths.SchemasV1, "conformance", "digests", "documents", "empty-lists.json");
        var vectors = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SchemasV1, "conformance", "digests", "manifest.json")))!["vectors"]!.AsArray();
        var expected = (string)vectors.Single(static vector => (string?)vector!["document"] == "digests/documents/empty-lists.json")!["digest"]!;

        var run = await CliRun.RunAsync("digest", path);

        Assert.Equal($"{expected}  {path}{Environment.NewLine}", run.Output);
        Assert.NotEqual(expected, CanonicalJson.ComputeDigest(ContentJson.Deserialize<ContentDocument>(File.ReadAllText(path))).ToString());
    }

    [Theory]
    [InlineData("{\"kind\": \"article\", ", "LMEC020")]
    [InlineData("{\"kind\": \"newsletterIssue\", \"kind\": \"newsletterIssue\"}", "LMEC022")]
    [InlineData("{\"kind\": \"poster\"}", "LMEC105")]
    [InlineData("[]", "LMEC100")]
    public async Task Digest_NotADocument_ExitsOneWithItsCodeOnStandardError(string text, string code)
    {
        var path = _folder.Write("bad.json", text);
        var run = await CliRun.RunAsync("digest", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Matches($@"^{Regex.Escape(path)}:1:[0-9]+: error {code} /", run.Error);
    }

    [Fact]
    public async Task Digest_WithoutAFile_ExitsTwo()
    {
        var run = await CliRun.RunAsync("digest");

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public async Task Digest_Help_DocumentsTheOutputFormat()
    {
        var run = await CliRun.RunAsync("digest", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("sha256:<64 lowercase hexadecimal digits>", run.Output, StringComparison.Ordinal);
        Assert.Contains("RFC 8785", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
