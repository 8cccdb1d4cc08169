using System.Text.Json.Nodes;
using Lmec.Content.Contract;
using Lmec.Content.Schemas.Tests.Conformance;
using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Agreement;

/// <summary>
/// The typed validation path (<see cref="ContentValidator"/> without the schema layer) and the published schemas
/// agree on the conformance corpus: every document the schemas reject, the typed path rejects with the same code at
/// the same pointer for a fault both find (the typed read stops at a fault of structure, so it may not reach them all); and every document the
/// schemas accept reads without an error of the reading layers (the typed path may still find what a schema cannot
/// say, such as a reference that does not resolve).
/// </summary>
public class TypedValidationAgreementTests
{
    private static readonly ContentValidator Typed = new();

    public static TheoryData<string> InvalidDocuments() => Files(InvalidCorpus.InvalidFolder);

    public static TheoryData<string> ValidDocuments() => Files(InvalidCorpus.ValidFolder);

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void InvalidCorpusDocument_TypedValidation_RejectsItWithTheSchemaPathsCodes(string file)
    {
        var report = Typed.Validate(File.ReadAllText(Path.Combine(InvalidCorpus.InvalidFolder, file)));
        var typed = report.Errors.Select(static error => new ExpectedError(error.Code, error.Path)).ToHashSet();

        Assert.False(report.IsValid, $"{file} is invalid by the schemas, but the typed validation finds no error.");
        Assert.True(
            typed.Overlaps(Manifest.Read()[file]),
            $"{file}: the typed validation reports {string.Join(", ", typed)}, none of the schema path's {string.Join(", ", Manifest.Read()[file])}.");
    }

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void ValidCorpusDocument_TypedValidation_ReadsItWithoutAReadingError(string file)
    {
        var report = Typed.Validate(File.ReadAllText(Path.Combine(InvalidCorpus.ValidFolder, file)));

        // A reading code no schema can state, such as an extension not registered here, is no reading error of the corpus.
        Assert.DoesNotContain(report.Errors, static error => error.Severity == ValidationSeverity.Error && (error.Code.StartsWith("LMEC0", StringComparison.Ordinal) || error.Code.StartsWith("LMEC1", StringComparison.Ordinal)) && !SchemaInexpressibleRules.Codes.ContainsKey(error.Code));
    }

    [Theory]
    [InlineData("/contact/details/website", "https://en.lmec.org.cn/about?lang=en#top")]
    [InlineData("/contact/details/website", "mailto:li.xia@fecomce.org.cn")]
    [InlineData("/contact/details/website", "mailto:lmec")]
    [InlineData("/contact/details/website", "HTTPS://EN.LMEC.ORG.CN/")]
    [InlineData("/contact/details/website", "https://例子.cn/")]
    [InlineData("/contact/details/website", "https://a_b.lmec.org.cn/")]
    [InlineData("/contact/details/website", "http://en.lmec.org.cn:65535/")]
    [InlineData("/contact/details/website", "http://en.lmec.org.cn:65536/")]
    [InlineData("/title/zh-Hans-CN", "a title")]
    [InlineData("/title/es-419", "a title")]
    [InlineData("/title/de-CH-1996", "a title")]
    [InlineData("/title/zh-Hans-CN-u-ca-chinese", "a title")]
    [InlineData("/title/en-x-lmec", "a title")]
    [InlineData("/title/i-klingon", "a title")]
    [InlineData("/contact/details/emails/0", "li.xia@fecomce.org.cn")]
    [InlineData("/contact/details/emails/0", "li.xia@localhost")]
    [InlineData("/contact/details/telephones/0/number", "+861082268242")]
    [InlineData("/contact/details/telephones/0/number", "+0861082268242")]
    [InlineData("/organisations/0/abbreviation", "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ")]
    [InlineData("/organisations/0/abbreviation", "ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJK")]
    [InlineData("/organisations/0/abbreviation", "🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏🌏")]
    public void FormattedString_TypedValidationAndSchemas_GiveOneVerdict(string pointer, string value)
    {
        var text = JsonNodeEdits.Set(JsonNode.Parse(File.ReadAllText(RepositoryPaths.Example("newsletter-2023-06.json")))!, pointer, value).ToJsonString();

        Assert.Equal(new SchemaValidator().Validate(text).IsValid, Typed.Validate(text).IsValid);
    }

    private static TheoryData<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.json").Select(static path => Path.GetFileName(path)).Where(static file => file != "manifest.json").Order(StringComparer.Ordinal)];
}
