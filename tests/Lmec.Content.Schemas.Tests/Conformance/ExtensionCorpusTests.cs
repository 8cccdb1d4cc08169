using System.Text.Json.Nodes;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Conformance;

/// <summary>
/// <c>schemas/v1/conformance/extensions/</c>: documents with a known, an unknown and an invalid extension get the findings
/// its manifest lists from <see cref="ContentValidator"/> with the corpus's extension schema registered, and the published
/// schemas accept them all.
/// </summary>
public class ExtensionCorpusTests
{
    private static readonly string Folder = Path.Combine(InvalidCorpus.ValidFolder, "..", "extensions");

    private static readonly Lazy<JsonNode> Manifest = new(() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!);

    public static TheoryData<string> Documents() => [.. Manifest.Value["documents"]!.AsArray().Select(static entry => (string)entry!["file"]!)];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_WithTheExtensionSchemaRegistered_GetsExactlyTheManifestFindings(string file)
    {
        var report = Validator(ContentReadMode.Strict).Validate(File.ReadAllText(Path.Combine(Folder, file)));

        var expected = Manifest.Value["documents"]!.AsArray().Single(entry => (string?)entry!["file"] == file)!["errors"]!.AsArray()
            .Select(static error => $"{(string)error!["code"]!} {(string)error["pointer"]!}");
        Assert.Equal(expected.Order(StringComparer.Ordinal), report.Errors.Select(static error => $"{error.Code} {error.Path}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_PublishedSchemas_AcceptIt(string file) =>
        Assert.True(new SchemaValidator().Validate(File.ReadAllText(Path.Combine(Folder, file))).IsValid);

    [Fact]
    public void UnknownExtension_ReadLeniently_IsAWarningAndItsContentIsKept()
    {
        var result = Validator(ContentReadMode.Lenient).Read<ContentDocument>(File.ReadAllBytes(Path.Combine(Folder, "unknown.json")));

        Assert.True(result.Report.IsValid);
        Assert.Equal(ValidationSeverity.Warning, Assert.Single(result.Report.Errors).Severity);
        Assert.Equal(4, result.Document!.Extensions["https://other.example.org/lmec/rating/v2"].GetProperty("stars").GetInt32());
    }

    [Fact]
    public void EveryMemberDocuments_WithTheExtensionRegistered_HaveNoExtensionFinding()
    {
        foreach (var path in Directory.EnumerateFiles(InvalidCorpus.ValidFolder, "*-every-member.json"))
        {
            var report = Validator(ContentReadMode.Strict).Validate(File.ReadAllText(path));

            Assert.DoesNotContain(report.Errors, static error => error.Code is ValidationCodes.UnknownExtension or ValidationCodes.InvalidExtension);
        }
    }

    [Fact]
    public void FromText_SchemaReferringElsewhere_Throws() =>
        Assert.Throws<ArgumentException>(() => SchemaExtension.FromText("""{"$id": "https://partner.example.org/x/v1", "$ref": "other.schema.json"}"""));

    private static ContentValidator Validator(ContentReadMode mode)
    {
        var options = new LmecContentOptions { ReadMode = mode };
        options.Extensions.Add(SchemaExtension.FromText(File.ReadAllText(Path.Combine(Folder, (string)Manifest.Value["extensionSchemas"]![0]!))));
        return new ContentValidator(options);
    }
}
