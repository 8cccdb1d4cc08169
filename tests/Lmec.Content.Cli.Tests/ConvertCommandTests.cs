using System.Text.Json.Nodes;
using Lmec.Content.Interop.Ninjs;
using Lmec.Content.Interop.SchemaOrg;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string> ExampleFiles() => [.. RepositoryPaths.AllExamples()];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Convert_ToJsonLd_WritesTheSchemaOrgExportToStandardOutput(string path)
    {
        var run = await CliRun.RunAsync("convert", path, "--to", "jsonld");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(SchemaOrgJsonLd.Export(Read(path), new JsonLdExportOptions { Indented = true }) + Environment.NewLine, run.Output);
        Assert.Equal("https://schema.org", (string?)JsonNode.Parse(run.Output)!["@context"]);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Convert_ToNinjs_WritesTheNinjsExportToStandardOutput(string path)
    {
        var run = await CliRun.RunAsync("convert", path, "--to", "ninjs");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(NinjsExport.Export(Read(path), new NinjsExportOptions { Indented = true }) + Environment.NewLine, run.Output);
        Assert.Equal("3.1", (string?)JsonNode.Parse(run.Output)!["standard"]!["version"]);
    }

    [Fact]
    public async Task Convert_WithOut_WritesTheFileAndNothingToStandardOutput()
    {
        var path = RepositoryPaths.Example("article-asia-foundation-submission.json");
        var target = _folder.File("article.jsonld");

        var run = await CliRun.RunAsync("convert", path, "--to", "jsonld", "--out", target);

        Assert.Equal((0, string.Empty, string.Empty), (run.ExitCode, run.Output, run.Error));
        Assert.Equal(SchemaOrgJsonLd.Export(Read(path), new JsonLdExportOptions { Indented = true }) + "\n", File.ReadAllText(target));
        Assert.NotEqual(0xEF, File.ReadAllBytes(target)[0]);
    }

    [Fact]
    public async Task Convert_OutIntoAMissingFolder_ExitsTwoWithAMessage()
    {
        var run = await CliRun.RunAsync("convert", RepositoryPaths.Example("newsletter-2023-06.json"), "--to", "ninjs", "--out", _folder.File("missing/item.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot write", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_InvalidDocument_ExitsOneWithLineAndColumn()
    {
        var path = _folder.Write("bad.json", "{\n  \"kind\": \"article\",\n  \"language\": 7\n}");
        var run = await CliRun.RunAsync("convert", path, "--to", "ninjs");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains(path + ":3:3: error LMEC104 /language: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_DocumentOfANewerVersion_IsConvertedWithoutItsUnknownMembers()
    {
        var text = File.ReadAllText(RepositoryPaths.Example("article-asia-foundation-submission.json"))
            .Replace("\"language\": \"en\",", "\"language\": \"en\", \"embargo\": \"2099-01-01\",", StringComparison.Ordinal);

        var run = await CliRun.RunAsync("convert", _folder.Write("newer.json", text), "--to", "ninjs");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("embargo", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--to", "xml")]
    [InlineData("--to")]
    [InlineData]
    public async Task Convert_WrongOrMissingFormat_ExitsTwo(params string[] options)
    {
        var run = await CliRun.RunAsync(["convert", RepositoryPaths.Example("newsletter-2023-06.json"), .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public async Task Convert_Help_NamesBothFormats()
    {
        var run = await CliRun.RunAsync("convert", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--to <jsonld|ninjs>", run.Output, StringComparison.Ordinal);
        Assert.Contains("--out <file>", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static ContentDocument Read(string path) => ContentJson.Deserialize<ContentDocument>(File.ReadAllText(path), ContentReadMode.Lenient);
}
