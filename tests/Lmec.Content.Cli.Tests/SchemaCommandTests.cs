using System.Text;
using System.Text.Json.Nodes;
using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

public sealed class SchemaCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string> SchemaFileNames() => [.. CommittedSchemaFileNames()];

    [Fact]
    public async Task List_Text_WritesNameIdAndTitleOfEverySchema()
    {
        var run = await CliRun.RunAsync("schema", "list");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        GoldenFile.AssertMatches("schema-list.txt", run.Output);
    }

    [Fact]
    public async Task List_Json_DescribesEveryCommittedSchemaAsItsFileDoes()
    {
        var run = await CliRun.RunAsync("schema", "list", "--format", "json");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Single(run.OutputLines);
        var schemas = JsonNode.Parse(run.Output)!["schemas"]!.AsArray();
        Assert.Equal(CommittedSchemaFileNames().Order(StringComparer.Ordinal), schemas.Select(static schema => (string)schema!["fileName"]!).Order(StringComparer.Ordinal));
        foreach (var schema in schemas)
        {
            var fileName = (string)schema!["fileName"]!;
            var committed = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SchemasV1, fileName)))!;
            Assert.Equal(ShortName(fileName), (string?)schema["name"]);
            Assert.Equal((string?)committed["$id"], (string?)schema["id"]);
            Assert.Equal((string?)committed["title"], (string?)schema["title"]);
        }

        Assert.Equal(
            ["newsletterIssue", "article", "organisationDirectory"],
            schemas.Where(static schema => schema!["kind"] is not null).Select(static schema => (string)schema!["kind"]!));
    }

    [Theory]
    [MemberData(nameof(SchemaFileNames))]
    public async Task Show_EverySchemaByName_WritesTheCommittedFileByteForByte(string fileName)
    {
        var run = await CliRun.RunAsync("schema", "show", ShortName(fileName));

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.SchemasV1, fileName)), Encoding.UTF8.GetBytes(run.Output));
    }

    [Theory]
    [InlineData("newsletter-issue.schema.json")]
    [InlineData("https://lmec.org.cn/schemas/content/v1/newsletter-issue.schema.json")]
    [InlineData("Newsletter-Issue")]
    public async Task Show_ByFileNameIdOrOtherCase_WritesTheSameSchema(string name)
    {
        var run = await CliRun.RunAsync("schema", "show", name);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.SchemasV1, "newsletter-issue.schema.json")), run.Output);
    }

    [Fact]
    public async Task Show_AsAProcess_WritesTheSchemaWithItsChineseUnchanged()
    {
        var run = await ToolProcess.RunAsync(RepositoryPaths.Root, [], "schema", "show", "common");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.SchemasV1, "common.schema.json")), run.Output);
    }

    [Theory]
    [InlineData("poster")]
    [InlineData("newsletter-issue.json")]
    [InlineData("https://lmec.org.cn/schemas/content/v2/newsletter-issue.schema.json")]
    public async Task Show_UnknownName_ExitsTwoAndListsTheKnownNames(string name)
    {
        var run = await CliRun.RunAsync("schema", "show", name);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith($"lmec-content: no published schema is named '{name}'; name one of ", run.Error, StringComparison.Ordinal);
        Assert.All(CommittedSchemaFileNames(), fileName => Assert.Contains(ShortName(fileName), run.Error, StringComparison.Ordinal));
        Assert.False(run.ShowsAStackTrace, run.Error);
    }

    [Fact]
    public async Task Export_NewNestedFolder_WritesEveryCommittedFileByteForByte()
    {
        var target = _folder.File("exported/v1");

        var run = await CliRun.RunAsync("schema", "export", "--out", target);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal($"Wrote 10 schema files to {target}.{Environment.NewLine}", run.Output);
        Assert.Equal(CommittedSchemaFileNames(), Directory.EnumerateFiles(target).Select(static path => Path.GetFileName(path)).Order(StringComparer.Ordinal));
        Assert.All(CommittedSchemaFileNames(), fileName =>
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.SchemasV1, fileName)), File.ReadAllBytes(Path.Combine(target, fileName))));
    }

    [Fact]
    public async Task Export_Bundled_WritesTheCommittedBundlesByteForByte()
    {
        var target = _folder.File("bundled");

        var run = await CliRun.RunAsync("schema", "export", "--bundled", "--out", target);

        string[] bundles = ["article-document.schema.json", "newsletter-issue.schema.json", "organisation-directory.schema.json"];
        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal($"Wrote 3 schema files to {target}.{Environment.NewLine}", run.Output);
        Assert.Equal(bundles, Directory.EnumerateFiles(target).Select(static path => Path.GetFileName(path)).Order(StringComparer.Ordinal));
        Assert.All(bundles, fileName =>
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.SchemasV1, "bundled", fileName)), File.ReadAllBytes(Path.Combine(target, fileName))));
    }

    [Fact]
    public async Task Export_BundleAlone_ValidatesWithNoOtherFileBesideIt()
    {
        var target = _folder.File("alone");
        await CliRun.RunAsync("schema", "export", "--bundled", "--out", target);
        File.Delete(Path.Combine(target, "newsletter-issue.schema.json"));
        File.Delete(Path.Combine(target, "organisation-directory.schema.json"));

        var articleSchema = await FileOnlyReferenceResolver.ReadAsync(Path.Combine(target, "article-document.schema.json"));

        Assert.Contains(articleSchema.Validate(File.ReadAllText(TestDocuments.InvalidSamplePath)), static error => error.Property == "countryCode");
    }

    [Fact]
    public async Task Export_FolderWithFiles_ReplacesThoseOfTheSameNameAndKeepsTheOthers()
    {
        var stale = _folder.Write("out/person.schema.json", "{}");
        var notes = _folder.Write("out/notes.txt", "Not a schema.");

        var run = await CliRun.RunAsync("schema", "export", "--out", _folder.File("out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.SchemasV1, "person.schema.json")), File.ReadAllBytes(stale));
        Assert.Equal("Not a schema.", File.ReadAllText(notes));
        Assert.Equal(11, Directory.EnumerateFiles(_folder.File("out")).Count());
    }

    [Fact]
    public async Task Export_ExportedFolder_ValidatesDocumentsThroughRelativeReferences()
    {
        var target = _folder.File("schemas");
        await CliRun.RunAsync("schema", "export", "--out", target);

        var issueSchema = await FileOnlyReferenceResolver.ReadAsync(Path.Combine(target, "newsletter-issue.schema.json"));
        var articleSchema = await FileOnlyReferenceResolver.ReadAsync(Path.Combine(target, "article-document.schema.json"));

        Assert.Empty(issueSchema.Validate(TestDocuments.Example(TestDocuments.IssueExample)));

        // The invalid sample's country code 'China' breaks a rule of common.schema.json, which the article document's schema reaches through article.schema.json and event.schema.json.
        var errors = articleSchema.Validate(File.ReadAllText(TestDocuments.InvalidSamplePath));
        Assert.Contains(errors, static error => error.Property == "countryCode");
    }

    [Fact]
    public async Task Export_PathIsAFile_ExitsTwoWithAMessageAndNoStackTrace()
    {
        var file = _folder.Write("taken", "A file, not a folder.");

        var run = await CliRun.RunAsync("schema", "export", "--out", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith(file + ": cannot write: ", run.Error, StringComparison.Ordinal);
        Assert.False(run.ShowsAStackTrace, run.Error);
        Assert.Equal("A file, not a folder.", File.ReadAllText(file));
    }

    [Fact]
    public async Task PartnersPage_ListAndExport_ShowWhatTheToolWrites()
    {
        var page = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "docs", "partners.md"));

        var list = await ToolProcess.RunAsync(_folder.Path, [], "schema", "list");
        var export = await ToolProcess.RunAsync(_folder.Path, [], "schema", "export", "--out", "schemas/v1");

        Assert.Contains($"$ lmec-content schema list\n{list.Output}$ lmec-content schema export --out schemas/v1\n{export.Output}", page, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static IReadOnlyList<string> CommittedSchemaFileNames() =>
        [.. Directory.EnumerateFiles(RepositoryPaths.SchemasV1, "*.schema.json").Select(static path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    private static string ShortName(string fileName) => fileName[..^".schema.json".Length];
}
