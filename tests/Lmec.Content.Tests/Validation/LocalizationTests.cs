using System.Globalization;
using Lmec.Content.Localization;
using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation;

/// <summary>Validation writes its messages from the catalogue of its options, in the culture of its options.</summary>
public class LocalizationTests
{
    [Fact]
    public void Validate_CultureZhHans_WritesChineseMessages()
    {
        var json = Edit(Newsletter, root => root["articles"]![0]!["speeches"]![0]!["speakerId"] = "nobody");
        var error = Single(Validator(options => options.Culture = CultureInfo.GetCultureInfo("zh-Hans")).Validate(json), ValidationCodes.UnresolvedPerson);
        Assert.Equal("“people”中没有列出标识为“nobody”的人员；请在那里添加该人员，或更正标识。", error.Message);
    }

    [Fact]
    public void Validate_NoCulture_FollowsCurrentUiCulture()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var error = Single(new ContentValidator().Validate("{"), ValidationCodes.InvalidSyntax);
            Assert.Equal("文档不完整就结束了：第 1 行第 1 列的“{”没有闭合。请补全未完成的内容，并在文档末尾写上 }，例如 {\"title\": {\"en\": \"Mekong\"}}。", error.Message);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.StartsWith("The document ends before it is complete", Single(new ContentValidator().Validate("{"), ValidationCodes.InvalidSyntax).Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Validate_CorrectedCatalogue_WritesTheCorrectedMessage()
    {
        var json = Edit(Newsletter, root => root["articles"]![0]!["speeches"]![0]!["speakerId"] = "nobody");
        var corrected = MessageCatalog.Default.With("zh-Hans", new StringReader("LMEC202 = 找不到人员“{0}”。"), "zh-Hans.txt");
        var error = Single(Validator(options =>
        {
            options.Culture = CultureInfo.GetCultureInfo("zh-Hans");
            options.Messages = corrected;
        }).Validate(json), ValidationCodes.UnresolvedPerson);
        Assert.Equal("找不到人员“nobody”。", error.Message);
    }

    [Fact]
    public void Validate_CorrectedTypeName_IsUsedInsideTheWrongTypeMessage()
    {
        var json = Edit(Newsletter, root => root["id"] = 5);
        var corrected = MessageCatalog.Default.With("en", new StringReader("type.string = a text in quotes"), "en.txt");
        var error = Single(Validator(options =>
        {
            options.Culture = CultureInfo.InvariantCulture;
            options.Messages = corrected;
        }).Validate(json), ValidationCodes.WrongType);
        Assert.Equal("This value must be a text in quotes, not a number.", error.Message);
    }

    [Fact]
    public void Options_Messages_DefaultsToTheBuiltInCatalogue() =>
        Assert.Same(MessageCatalog.Default, new LmecContentOptions().Messages);

    [Fact]
    public void Options_MessagesSetToNull_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new LmecContentOptions().Messages = null!);

    [Fact]
    public void Display_InvisibleCharacters_AreEscaped() =>
        Assert.Equal("a\\u202eb\\ud800c", ValidationMessages.Display("a\u202Eb\uD800c"));
}
