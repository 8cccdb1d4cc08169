using System.Text.Json.Nodes;
using Lmec.Content.Schemas.Tests.Conformance;
using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Agreement;

/// <summary>
/// The typed validation path (<see cref="ContentValidator"/> without the schema layer) and the published schemas
/// agree on the conformance corpus: every document the schemas reject, the typed path rejects, but for the known
/// differences listed here, each of which must still be one (so the list cannot go stale); and every document the
/// schemas accept reads without an error of the reading layers (the typed path may still find what a schema cannot
/// say, such as a reference that does not resolve).
/// </summary>
public class TypedValidationAgreementTests
{
    /// <summary>The invalid corpus documents the typed path accepts, and why.</summary>
    private static readonly Dictionary<string, string> KnownDifferences = new()
    {
        ["summary-null.json"] = "an explicit null for an optional member is read as absent by the typed path; the schemas reject it (LMEC312)",
    };

    private static readonly ContentValidator Typed = new();

    public static TheoryData<string> InvalidDocuments() => Files(InvalidCorpus.InvalidFolder);

    public static TheoryData<string> ValidDocuments() => Files(InvalidCorpus.ValidFolder);

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void InvalidCorpusDocument_TypedValidation_RejectsItUnlessAKnownDifference(string file)
    {
        var report = Typed.Validate(File.ReadAllText(Path.Combine(InvalidCorpus.InvalidFolder, file)));

        if (KnownDifferences.TryGetValue(file, out var difference))
        {
            Assert.True(report.IsValid, $"{file} is listed as a known difference ({difference}), but the typed validation rejects it now: take it off the list.");
        }
        else
        {
            Assert.False(report.IsValid, $"{file} is invalid by the schemas, but the typed validation finds no error.");
        }
    }

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void ValidCorpusDocument_TypedValidation_ReadsItWithoutAReadingError(string file)
    {
        var report = Typed.Validate(File.ReadAllText(Path.Combine(InvalidCorpus.ValidFolder, file)));

        Assert.DoesNotContain(report.Errors, static error => error.Severity == ValidationSeverity.Error && (error.Code.StartsWith("LMEC0", StringComparison.Ordinal) || error.Code.StartsWith("LMEC1", StringComparison.Ordinal)));
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
