using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Lmec.Content.Validation;
using Lmec.Content.Validation.Rules;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation.Regional;

/// <summary>LMEC224: a text not in Unicode NFC, such as a Vietnamese name typed decomposed, is a warning naming the first decomposed character.</summary>
public class NotNormalizedRuleTests
{
    [Fact]
    public void Validate_VietnameseNameTypedDecomposed_IsWarningNamingTheFirstDecomposedCharacter()
    {
        var report = Validator().Validate(Edit(Newsletter, root => root["title"]!["vi"] = "Bản tin của Nguye\u0302\u0303n Văn An"));

        var warning = Single(report, ValidationCodes.NotNormalized);
        Assert.Equal((ValidationSeverity.Warning, "/title/vi"), (warning.Severity, warning.Path));
        Assert.StartsWith("Character 17 is typed as several pieces, e + U+0302 + U+0303;", warning.Message, StringComparison.Ordinal);
        Assert.Contains("one character: ễ (U+1EC5).", warning.Message, StringComparison.Ordinal);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_DecomposedTextWithANonCharacter_IsReportedAsSuspiciousWithoutFailing()
    {
        var report = Validator().Validate(Edit(Newsletter, root => root["title"]!["vi"] = "Nguye\u0302\u0303n \uFFFE"));

        Has(report, ValidationCodes.SuspiciousCharacter, "/title/vi");
        Lacks(report, ValidationCodes.RuleFailed);
    }

    [Theory]
    [InlineData("vi", "Sông Mê Kông chảy qua sáu quốc gia; hợp tác bảo vệ môi trường là trách nhiệm chung.")]
    [InlineData("vi", "Nguyễn Thị Hồng")]
    [InlineData("km", "ទន្លេមេគង្គ")]
    [InlineData("th", "แม่น้ำโขง")]
    [InlineData("my", "မြစ်")]
    [InlineData("zh-Hans", "澜湄环境合作中心")]
    public void Validate_ComposedText_HasNoWarning(string language, string text) =>
        Lacks(Validator().Validate(Edit(Newsletter, root => root["title"]![language] = text)), ValidationCodes.NotNormalized);

    [Fact]
    public void ComposedBlockOf_EveryCharacterItTakes_IsComposedUncombiningAndNeverJoinedToWhatPrecedes()
    {
        // Every character that follows another in the canonical decomposition of some character: what composition can join to a character before it.
        var joinedToWhatPrecedes = new HashSet<char>();
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            foreach (var rune in Decomposed(codePoint).EnumerateRunes().Skip(1))
            {
                if (rune.IsBmp)
                {
                    joinedToWhatPrecedes.Add((char)rune.Value);
                }
            }
        }

        var taken = 0;
        for (var character = '\0'; character < char.MaxValue; character++)
        {
            if (!NotNormalizedRule.ComposedBlockOf(character, out var first, out var last))
            {
                continue;
            }

            taken++;
            Assert.InRange(character, first, last);
            Assert.True(character.ToString().IsNormalized(NormalizationForm.FormC), $"U+{(int)character:X4} is not composed");
            Assert.False(CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark, $"U+{(int)character:X4} is a mark");
            Assert.False(joinedToWhatPrecedes.Contains(character), $"U+{(int)character:X4} composes with what precedes it");
        }

        Assert.True(taken > 20_000, "the English, Vietnamese and Chinese characters are taken");
        Assert.True(joinedToWhatPrecedes.Contains('\u0301') && joinedToWhatPrecedes.Contains('\u1161'), "the decompositions were read");
    }

    [Property(MaxTest = 2000)]
    public bool IsComposedByItsCharacters_AnyText_AgreesWithThePlatform(NonEmptyArray<byte> picks)
    {
        // Characters of the decided blocks beside marks, jamo and letters of other scripts, so that both answers occur.
        const string Alphabet = "aeEoé\u00C5ăư\u1EC5Ồ ,.\u2014\u201C\u3001\u3002澜湄\u4E00\uFF0C\u0301\u0302\u0303\u0323\u1100\u1161\u11A8\u0E48\u0E38แก\u1031\u102E\u212B\u0958\u2000";
        var text = new string([.. picks.Get.Select(pick => Alphabet[pick % Alphabet.Length])]);
        return !NotNormalizedRule.IsComposedByItsCharacters(text) || text.IsNormalized(NormalizationForm.FormC);
    }

    // The canonical decomposition of a code point; the platform refuses non-characters such as U+FFFE, which decompose to themselves.
    private static string Decomposed(int codePoint)
    {
        var character = char.ConvertFromUtf32(codePoint);
        try
        {
            return character.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return character;
        }
    }
}
