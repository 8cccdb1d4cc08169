using System.Text.Json.Nodes;
using Lmec.Content.Schemas.Tests.Agreement;
using Lmec.Content.Serialization;

namespace Lmec.Content.Schemas.Tests.Conformance;

public class ConformanceCorpusTests
{
    public static TheoryData<string> ValidFiles() => [.. Files(InvalidCorpus.ValidFolder)];

    public static TheoryData<string> InvalidFiles() => [.. InvalidFileNames()];

    [Fact]
    public void InvalidCorpus_HasAtLeastFortyDocuments_EachInTheManifest()
    {
        var files = InvalidFileNames().ToList();

        Assert.True(files.Count >= 40, $"{files.Count} invalid documents");
        Assert.Equal(files.Order(StringComparer.Ordinal), Manifest.Read().Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void ValidDocument_ValidatedBySchemaValidator_HasNoFinding(string fileName)
    {
        var report = new SchemaValidator().Validate(File.ReadAllText(Path.Combine(InvalidCorpus.ValidFolder, fileName)));

        Assert.True(report.Errors.Count == 0, string.Join("\n", report.Errors));
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void ValidDocument_ReadStrictlyByTheModel_Succeeds(string fileName)
    {
        var document = ContentJson.Deserialize<Model.ContentDocument>(File.ReadAllText(Path.Combine(InvalidCorpus.ValidFolder, fileName)));

        Assert.NotNull(document);
    }

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void InvalidDocument_ValidatedBySchemaValidator_ReportsExactlyTheManifestFindings(string fileName)
    {
        var report = new SchemaValidator().Validate(File.ReadAllText(Path.Combine(InvalidCorpus.InvalidFolder, fileName)));

        Assert.False(report.IsValid);
        Assert.All(report.Errors, static error => Assert.True(error.Line > 0 && error.Column > 0, error.ToString()));
        Assert.Equal(
            Manifest.Read()[fileName].Select(static error => error.ToString()).Order(StringComparer.Ordinal),
            report.Errors.Select(static error => new ExpectedError(error.Code, error.Path).ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void InvalidCorpus_Together_BreaksEveryConstraintOfEverySchema()
    {
        // JsonSchema.Net says which keyword fails at which value; the walker says which subschema applies there.
        var validator = new JsonSchemaNetValidator();
        var walker = new SchemaWalker();
        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in InvalidFileNames())
        {
            var text = File.ReadAllText(Path.Combine(InvalidCorpus.InvalidFolder, file));
            var document = JsonNode.Parse(text);
            foreach (var failures in validator.Evaluate(text).Failures.GroupBy(static failure => failure.Root))
            {
                var sites = walker.Walk(document, walker.Root(failures.Key)).ToDictionary(static site => site.Pointer, StringComparer.Ordinal);
                foreach (var (_, pointer, keyword) in failures)
                {
                    var parent = pointer.Length == 0 ? pointer : pointer[..pointer.LastIndexOf('/')];
                    var at = keyword == "additionalProperties" ? parent : pointer;

                    // A key of the wrong form in a map has no subschema: it breaks the map's propertyNames.
                    broken.Add(sites.TryGetValue(at, out var site) ? site.Schema.KeywordLocation(keyword) : sites[parent].Schema.KeywordLocation("propertyNames"));
                }
            }
        }

        var constraints = walker.AllConstraints();
        Assert.True(constraints.Count > 300, $"{constraints.Count} constraints found");
        var unbroken = constraints.Where(constraint => !broken.Contains(constraint)).Order(StringComparer.Ordinal).ToList();

        Assert.True(unbroken.Count == 0, "No invalid document breaks:\n" + string.Join("\n", unbroken));
    }

    private static IEnumerable<string> InvalidFileNames() => Files(InvalidCorpus.InvalidFolder).Where(static file => file != "manifest.json");

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*.json").Select(static path => Path.GetFileName(path)).Order(StringComparer.Ordinal);
}
