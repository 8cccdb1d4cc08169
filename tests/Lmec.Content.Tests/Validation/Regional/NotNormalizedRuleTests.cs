using Lmec.Content.Validation;
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
}
