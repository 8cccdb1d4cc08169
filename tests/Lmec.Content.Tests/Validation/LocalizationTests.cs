using System.Globalization;
using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation;

public class LocalizationTests
{
    [Fact]
    public void Validate_CultureZhHans_WritesChineseMessages()
    {
        var json = Edit(Newsletter, root => root["articles"]![0]!["speeches"]![0]!["speakerId"] = "nobody");
        var error = Single(Validator(options => options.Culture = CultureInfo.GetCultureInfo("zh-Hans")).Validate(json), ValidationCodes.UnresolvedPerson);
        Assert.Equal("“people”中没有声明标识为“nobody”的人员；请声明该人员或更正标识。", error.Message);
    }

    [Fact]
    public void Validate_NoCulture_FollowsCurrentUiCulture()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var error = Single(new ContentValidator().Validate("{"), ValidationCodes.InvalidSyntax);
            Assert.Equal("文档提前结束：有未闭合的字符串、对象或数组。", error.Message);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.StartsWith("The document ends too early", Single(new ContentValidator().Validate("{"), ValidationCodes.InvalidSyntax).Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Messages_EveryKey_HasEnglishAndChineseWithTheSamePlaceholders()
    {
        foreach (var key in ValidationMessages.Keys)
        {
            var english = ValidationMessages.Format(key, CultureInfo.InvariantCulture, "A0", "A1", "A2");
            var chinese = ValidationMessages.Format(key, CultureInfo.GetCultureInfo("zh-Hans"), "A0", "A1", "A2");
            Assert.NotEqual(string.Empty, english);
            for (var i = 0; i < 3; i++)
            {
                Assert.True(english.Contains("A" + i, StringComparison.Ordinal) == chinese.Contains("A" + i, StringComparison.Ordinal), $"{key}: placeholder {i} differs");
            }
        }
    }

    [Fact]
    public void Messages_EveryCode_HasAMessage()
    {
        foreach (var code in ValidationCodeList.All)
        {
            Assert.Contains(ValidationMessages.Keys, key => key == code || key.StartsWith(code + ".", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Display_InvisibleCharacters_AreEscaped() =>
        Assert.Equal("a\\u202eb\\ud800c", ValidationMessages.Display("a\u202Eb\uD800c"));
}
