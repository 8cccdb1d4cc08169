using Lmec.Content.Testing;
using Lmec.Content.Validation;
using Xunit.Abstractions;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation.Regional;

/// <summary>LMEC223: Burmese text likely in the legacy Zawgyi encoding is a warning; the detector's precision and recall on the committed samples.</summary>
public class ZawgyiDetectorTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "Lmec.Content.Tests", "Validation", "Regional", "Zawgyi");

    private static string[] UnicodeLines => File.ReadAllLines(Path.Combine(Folder, "burmese-unicode.txt"));

    private static string[] ZawgyiLines => File.ReadAllLines(Path.Combine(Folder, "burmese-zawgyi.txt"));

    [Fact]
    public void FindFirstSign_OnTheSamples_HasNoFalsePositiveAndFindsNearlyEveryZawgyiLine()
    {
        var others = RegionalSamples.WithWordBreaks().Concat(RegionalSamples.WithJoiners()).Select(row => (string)row[1]).ToList();
        var unicode = UnicodeLines.Concat(others).ToList();
        var zawgyi = ZawgyiLines;

        var falsePositives = unicode.Where(line => ZawgyiDetector.FindFirstSign(line) >= 0).ToList();
        var found = zawgyi.Count(line => ZawgyiDetector.FindFirstSign(line) >= 0);
        var precision = (double)found / (found + falsePositives.Count);
        var recall = (double)found / zawgyi.Length;
        output.WriteLine($"Unicode texts: {unicode.Count} ({UnicodeLines.Length} Burmese), false positives: {falsePositives.Count}; Zawgyi lines: {zawgyi.Length}, found: {found}; precision {precision:P1}, recall {recall:P1}.");

        Assert.Equal(UnicodeLines.Length, zawgyi.Length);
        Assert.True(UnicodeLines.Length >= 30, "at least 30 Burmese sentences");
        Assert.Empty(falsePositives);
        Assert.True(recall >= 0.9, $"recall {recall:P1}");
    }

    [Fact]
    public void Validate_BurmeseTextInZawgyi_IsOneWarningSayingWhatToDo()
    {
        var report = Validator().Validate(Edit(Newsletter, root => root["title"]!["my"] = ZawgyiLines[0]));

        var warning = Assert.Single(report.Errors);
        Assert.Equal((ValidationCodes.ZawgyiText, ValidationSeverity.Warning, "/title/my"), (warning.Code, warning.Severity, warning.Path));
        Assert.Contains("Zawgyi encoding (first sign at character 1)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("convert it to Unicode", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BurmeseTextInUnicode_HasNoWarning() =>
        Assert.Empty(Validator().Validate(Edit(Newsletter, root =>
        {
            root["title"]!["my"] = UnicodeLines[0];
            root["title"]!["my-MM"] = UnicodeLines[1];
        })).Errors);

    [Fact]
    public void Validate_ZawgyiSequencesInATextOfAnotherLanguage_AreNotLookedAt() =>
        Lacks(Validator().Validate(Edit(Newsletter, root => root["title"]!["shn"] = ZawgyiLines[0])), ValidationCodes.ZawgyiText);
}
