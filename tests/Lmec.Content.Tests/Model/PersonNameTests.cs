using Lmec.Content.Model;

namespace Lmec.Content.Tests.Model;

public class PersonNameTests
{
    private static readonly PersonName LiuQing = new()
    {
        FamilyName = new LocalizedText("en", "Liu").With("zh-Hans", "刘"),
        GivenName = new LocalizedText("en", "Qing").With("zh-Hans", "青"),
        Order = NameOrder.FamilyNameFirst,
    };

    [Theory]
    [InlineData("en", "Liu Qing")]
    [InlineData("en-GB", "Liu Qing")]
    [InlineData("th", "Liu Qing")]
    [InlineData("zh-Hans", "刘青")]
    [InlineData("zh-Hans-CN", "刘青")]
    [InlineData("ZH-hans", "刘青")]
    public void Format_ChineseName_IsFamilyNameFirst(string language, string expected)
    {
        Assert.Equal(expected, LiuQing.Format(language));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-Hant")]
    [InlineData("ja")]
    [InlineData("ja-JP")]
    [InlineData("ko")]
    public void Format_ChineseJapaneseOrKorean_HasNoSpace(string language)
    {
        var name = new PersonName { FamilyName = new LocalizedText(language, "刘"), GivenName = new LocalizedText(language, "青"), Order = NameOrder.FamilyNameFirst };

        Assert.Equal("刘青", name.Format(language));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("lo")]
    [InlineData("zh")]
    public void Format_PartsThatFallBackToChinese_AreWrittenAsChineseWritesThem(string language)
    {
        var name = new PersonName { FamilyName = new LocalizedText("zh-Hans", "陈"), GivenName = new LocalizedText("zh-Hans", "建国"), Order = NameOrder.FamilyNameFirst };
        var foreign = new PersonName { FamilyName = new LocalizedText("zh-Hans", "奥利斯"), GivenName = new LocalizedText("zh-Hans", "纳鲁蒙"), Order = NameOrder.GivenNameFirst };

        Assert.Equal("陈建国", name.Format(language));
        Assert.Equal("纳鲁蒙·奥利斯", foreign.Format(language));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("ja")]
    [InlineData("ko")]
    public void Format_PartsThatFallBackToEnglish_HaveASpace(string language)
    {
        Assert.Equal("Liu Qing", LiuQing.Format(language));
    }

    [Theory]
    [InlineData("zh-Latn-pinyin")]
    [InlineData("en")]
    public void Format_RomanisedChineseName_HasASpace(string language)
    {
        var name = new PersonName
        {
            FamilyName = new LocalizedText("zh-Latn-pinyin", "Chen").With("zh-Hans", "陈"),
            GivenName = new LocalizedText("zh-Latn-pinyin", "Jianguo").With("zh-Hans", "建国"),
            Order = NameOrder.FamilyNameFirst,
        };

        Assert.Equal("Chen Jianguo", name.Format(language));
        Assert.Equal("陈建国", name.Format("zh-Hans"));
    }

    [Theory]
    [InlineData("zha")]
    [InlineData("kok")]
    [InlineData("jam")]
    public void Format_LanguageWhoseTagOnlyStartsLikeChineseJapaneseOrKorean_HasASpace(string language)
    {
        Assert.Equal("Liu Qing", LiuQing.Format(language));
    }

    [Fact]
    public void Format_GivenNameFirst_PutsTheGivenNameFirst()
    {
        var name = new PersonName { FamilyName = new LocalizedText("en", "Smith"), GivenName = new LocalizedText("en", "Jane"), Order = NameOrder.GivenNameFirst };

        Assert.Equal("Jane Smith", name.Format("en"));
    }

    [Fact]
    public void Format_MissingPart_WritesTheOtherAlone()
    {
        Assert.Equal("Qing", (LiuQing with { FamilyName = null }).Format("en"));
        Assert.Equal("刘", (LiuQing with { GivenName = null }).Format("zh-Hans"));
        Assert.Equal(string.Empty, new PersonName { Order = NameOrder.GivenNameFirst }.Format("en"));
    }

    [Fact]
    public void Format_EmptyPart_IsSkippedWithItsSeparator()
    {
        Assert.Equal("Qing", (LiuQing with { FamilyName = new LocalizedText("en", string.Empty) }).Format("en"));
    }

    [Theory]
    [InlineData("zh-Hans", "纳鲁蒙·奥利斯")]
    [InlineData("zh-Hant", "纳鲁蒙·奥利斯")]
    [InlineData("ja", "纳鲁蒙・奥利斯")]
    [InlineData("ko", "纳鲁蒙 奥利斯")]
    public void Format_ForeignNameGivenNameFirstInChineseOrJapanese_KeepsTheInterpunct(string language, string expected)
    {
        var name = new PersonName { FamilyName = new LocalizedText(language, "奥利斯"), GivenName = new LocalizedText(language, "纳鲁蒙"), Order = NameOrder.GivenNameFirst };

        Assert.Equal(expected, name.Format(language));
    }

    [Fact]
    public void Format_PrintedFormInTheLanguage_IsPreferredToTheParts()
    {
        var name = new PersonName
        {
            FamilyName = new LocalizedText("en", "Oris"),
            GivenName = new LocalizedText("en", "Narumon"),
            Order = NameOrder.GivenNameFirst,
            AsPrinted = new LocalizedText("zh-Hans", "纳鲁蒙·奥利斯"),
        };

        Assert.Equal("纳鲁蒙·奥利斯", name.Format("zh-Hans-CN"));
        Assert.Equal("Narumon Oris", name.Format("en"));
        Assert.Equal("Narumon Oris", name.Format("th"));
    }

    [Fact]
    public void Format_PrintedFormOnly_IsWrittenInAnyLanguage()
    {
        var name = new PersonName { AsPrinted = new LocalizedText("th", "นายสมชาย") };

        Assert.Equal("นายสมชาย", name.Format("en"));
    }

    [Fact]
    public void Format_SinglePartName_NeedsNoOrder()
    {
        var name = new PersonName { GivenName = new LocalizedText("my", "ကျော်မျိုးထွဋ်").With("en", "Kyaw Myo Htut") };

        Assert.Equal("Kyaw Myo Htut", name.Format("en"));
        Assert.Equal("ကျော်မျိုးထွဋ်", name.Format("my"));
    }

    [Fact]
    public void Format_NullLanguage_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => LiuQing.Format(null!));
    }

    [Fact]
    public void Format_NamePrintedInTheLanguage_IsThePrintedForm_ElseThePartsAsTheirLanguageWritesThem()
    {
        var name = new PersonName
        {
            FamilyName = new LocalizedText("th", "กันทะวงศ์"),
            GivenName = new LocalizedText("th", "สุรพงษ์"),
            Order = NameOrder.GivenNameFirst,
            AsPrinted = new LocalizedText([new("lo", "ສຸລະພົງ ກັນທະວົງ"), new("zh-Hans", "素拉蓬·坎塔翁")]),
        };

        Assert.Equal(("ສຸລະພົງ ກັນທະວົງ", "素拉蓬·坎塔翁", "สุรพงษ์ กันทะวงศ์"), (name.Format("lo"), name.Format("zh-Hans"), name.Format("en")));
    }
}
