using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation.Regional;

/// <summary>LMEC216 stays silent on the invisible characters scripts use as they should, and reports every kind of suspicious character in a text.</summary>
public class SuspiciousCharacterRuleTests
{
    [Theory]
    [MemberData(nameof(RegionalSamples.WithWordBreaks), MemberType = typeof(RegionalSamples))]
    [MemberData(nameof(RegionalSamples.WithJoiners), MemberType = typeof(RegionalSamples))]
    public void Validate_TextWithTheInvisibleCharactersItsScriptUses_HasNoWarning(string language, string text)
    {
        var report = Validator().Validate(WithTitle(language, text));

        Assert.Empty(report.Errors);
    }

    [Theory]
    [InlineData("News\u200Bletter", "U+200B", "5")]
    [InlineData("\u200Bแม่น้ำโขง", "U+200B", "1")]
    [InlineData("แม่น้ำโขง\u200B", "U+200B", "10")]
    [InlineData("แม่น้ำ\u200B\u200Bโขง", "U+200B", "7, 8")]
    [InlineData("Mekong\u200Criver", "U+200C", "7")]
    [InlineData("Mekong\u200D", "U+200D", "7")]
    [InlineData("แม่น้ำ\u2060โขง", "U+2060", "7")]
    [InlineData("ທີ່\uFEFFສຳຄັນ", "U+FEFF", "4")]
    public void Validate_ZeroWidthCharacterWhereNoScriptNeedsIt_IsWarningNamingItAndWhere(string text, string codePoint, string positions)
    {
        var warning = Single(Validator().Validate(WithTitle("en", text)), ValidationCodes.SuspiciousCharacter);

        Assert.Equal(ValidationSeverity.Warning, warning.Severity);
        Assert.Contains($"{codePoint} at character {positions},", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RightToLeftOverrideAfterAWordBreak_IsReported()
    {
        var text = "แม่น้ำ\u200Bโขง \u202Eสำคัญ";

        var warning = Single(Validator().Validate(WithTitle("th", text)), ValidationCodes.SuspiciousCharacter);

        Assert.Contains("U+202E at character 12", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EveryKindOfSuspiciousCharacter_IsOneFindingEach()
    {
        var text = "News\u200Bletter \u202Eevil\u202C and\u0007 \uFDD0 more\u200B";

        var warnings = Validator().Validate(WithTitle("en", text)).Errors.Where(error => error.Code == ValidationCodes.SuspiciousCharacter).Select(error => error.Message).ToList();

        Assert.Equal(4, warnings.Count);
        Assert.Contains(warnings, message => message.Contains("U+200B at character 5, 31,", StringComparison.Ordinal));
        Assert.Contains(warnings, message => message.Contains("U+202E, U+202C at character 13, 18,", StringComparison.Ordinal));
        Assert.Contains(warnings, message => message.Contains("U+0007 at character 23,", StringComparison.Ordinal));
        Assert.Contains(warnings, message => message.Contains("U+FDD0 at character 25,", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ManyOfOneKind_NamesTheFirstTenPositions()
    {
        var warning = Single(Validator().Validate(WithTitle("en", string.Concat(Enumerable.Repeat("a\u0007", 12)))), ValidationCodes.SuspiciousCharacter);

        Assert.Contains("U+0007 at character 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, …,", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PositionsAfterACharacterBeyondTheBasicPlane_CountCodePoints()
    {
        var warning = Single(Validator().Validate(WithTitle("en", "🌏\u202E")), ValidationCodes.SuspiciousCharacter);

        Assert.Contains("U+202E at character 2,", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200D\u200C")]
    [InlineData("\uFEFF \u2060")]
    [InlineData("\u202E\u202C\u200E\u200F")]
    [InlineData("\u00AD\u034F\u180E\u3164")]
    [InlineData("\u0001\u0007")]
    public void Validate_TextOfInvisibleCharactersOnly_IsBlankNotSuspicious(string text)
    {
        var report = Validator().Validate(WithTitle("en", text));

        Assert.Equal(ValidationSeverity.Error, Has(report, ValidationCodes.BlankText, "/title/en").Severity);
        Lacks(report, ValidationCodes.SuspiciousCharacter);
    }

    private static string WithTitle(string language, string text) =>
        Edit(Newsletter, root => root["title"]![language] = text);
}
