using Lmec.Content.Schemas.Tests.Conformance;
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
    internal static readonly IReadOnlyDictionary<string, string> KnownDifferences = new Dictionary<string, string>
    {
        ["abbreviation-too-long.json"] = "the per-member length limits (LMEC315) are said by the schemas only; the typed path limits every string to ContentLimits.MaxStringLength",
        ["text-too-long.json"] = "the per-member length limits (LMEC315) are said by the schemas only; the typed path limits every string to ContentLimits.MaxStringLength",
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

    private static TheoryData<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.json").Select(static path => Path.GetFileName(path)).Where(static file => file != "manifest.json").Order(StringComparer.Ordinal)];
}
