using System.Globalization;
using Lmec.Content.Localization;

namespace Lmec.Content.Documentation.Tests.Samples;

/// <summary>The samples of docs/messages.md, each run and checked.</summary>
[Collection(SequentialSamples.Name)]
public sealed class MessagesSamples : SampleFixture
{
    [Fact]
    public void LoadMessages()
    {
        #region load-messages
        // The built-in messages with a partner's files over them: corrections, new languages, own rules.
        MessageCatalog messages = MessageCatalog.Load(Path.Combine(AppContext.BaseDirectory, "messages"));

        string chinese = messages.Format("PARTNER001", CultureInfo.GetCultureInfo("zh-CN"), "en");
        string fallback = messages.Format("PARTNER001", CultureInfo.GetCultureInfo("km-KH"), "en");
        Console.WriteLine(chinese);    // “en”标题超过 120 个字符。
        Console.WriteLine(fallback);   // The headline in 'en' is longer than 120 characters.
        #endregion

        Assert.Equal("“en”标题超过 120 个字符。", chinese);
        Assert.Equal("The headline in 'en' is longer than 120 characters.", fallback);
    }
}
