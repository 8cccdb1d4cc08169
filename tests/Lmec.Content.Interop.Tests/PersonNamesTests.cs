using Lmec.Content.Model;

namespace Lmec.Content.Interop.Tests;

public class PersonNamesTests
{
    private static readonly PersonName Chen = new()
    {
        FamilyName = new LocalizedText([new("zh-Hans", "陈"), new("zh-Latn-pinyin", "Chén")]),
        GivenName = new LocalizedText([new("zh-Hans", "建国"), new("zh-Latn-pinyin", "Jiànguó")]),
        Order = NameOrder.FamilyNameFirst,
    };

    [Theory]
    [InlineData("lo", "陈建国")]
    [InlineData("en", "陈建国")]
    [InlineData("zh-Hans", "陈建国")]
    public void Format_ChineseNameInAnotherLanguage_IsWrittenAsItsPartsLanguageWritesIt(string language, string expected) =>
        Assert.Equal(expected, PersonNames.Format(Chen, language));

    [Fact]
    public void Format_RomanisedNameInAChineseText_KeepsItsSpace()
    {
        var name = new PersonName { FamilyName = new LocalizedText("en", "Liu"), GivenName = new LocalizedText("en", "Qing"), Order = NameOrder.FamilyNameFirst };

        Assert.Equal("Liu Qing", PersonNames.Format(name, "zh-Hans"));
    }

    [Fact]
    public void Format_NamePrintedInTheLanguage_IsThePrintedForm()
    {
        var name = new PersonName
        {
            FamilyName = new LocalizedText("th", "กันทะวงศ์"),
            GivenName = new LocalizedText("th", "สุรพงษ์"),
            Order = NameOrder.GivenNameFirst,
            AsPrinted = new LocalizedText([new("lo", "ສຸລະພົງ ກັນທະວົງ"), new("zh-Hans", "素拉蓬·坎塔翁")]),
        };

        Assert.Equal(("ສຸລະພົງ ກັນທະວົງ", "素拉蓬·坎塔翁", "สุรพงษ์ กันทะวงศ์"), (PersonNames.Format(name, "lo"), PersonNames.Format(name, "zh-Hans"), PersonNames.Format(name, "en")));
    }

    [Fact]
    public void Format_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PersonNames.Format(null!, "en"));
        Assert.Throws<ArgumentNullException>(() => PersonNames.Format(Chen, null!));
    }
}
