using FsCheck.Xunit;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Tests.Generators;

namespace Lmec.Content.Tests.Model;

public class LocalizedTextTests
{
    private static readonly LocalizedText Newsletter = new([new("en", "Newsletter"), new("zh-Hans", "简报"), new("zh", "通讯")]);

    [Fact]
    public void Constructor_DuplicateTag_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new LocalizedText([new("en", "a"), new("zh-Hans", "b"), new("en", "c")]));

        Assert.Equal("entries", exception.ParamName);
    }

    [Fact]
    public void Constructor_DuplicateTagInAnotherCase_Throws()
    {
        Assert.Throws<ArgumentException>(() => new LocalizedText([new("zh-Hans", "a"), new("ZH-hans", "b")]));
    }

    [Fact]
    public void Constructor_NullTagOrText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new LocalizedText(null!, "text"));
        Assert.Throws<ArgumentNullException>(() => new LocalizedText("en", null!));
        Assert.Throws<ArgumentNullException>(() => new LocalizedText(null!));
        Assert.Throws<ArgumentNullException>(() => new LocalizedText([new("en", null!)]));
        Assert.Throws<ArgumentNullException>(() => new LocalizedText([new(null!, "text")]));
    }

    [Fact]
    public void Constructor_Entries_KeepTheirOrderAndSpelling()
    {
        var text = new LocalizedText([new("zh-Hans", "简报"), new("EN-gb", "Newsletter")]);

        Assert.Equal(["zh-Hans", "EN-gb"], text.Keys);
        Assert.Equal(["简报", "Newsletter"], text.Values);
        Assert.Equal(2, text.Count);
    }

    [Fact]
    public void With_NewLanguage_AddsItLastAndLeavesTheOriginalUnchanged()
    {
        var english = new LocalizedText("en", "Newsletter");

        var both = english.With("zh-Hans", "简报");

        Assert.Equal(["en", "zh-Hans"], both.Keys);
        Assert.Equal("简报", both["zh-Hans"]);
        Assert.Equal(["en"], english.Keys);
    }

    [Fact]
    public void With_ExistingLanguageInAnotherCase_ReplacesTheTextAndKeepsTheTag()
    {
        var replaced = Newsletter.With("ZH-HANS", "新闻简报");

        Assert.Equal(["en", "zh-Hans", "zh"], replaced.Keys);
        Assert.Equal("新闻简报", replaced["zh-hans"]);
        Assert.Equal("简报", Newsletter["zh-Hans"]);
    }

    [Fact]
    public void With_NullArgument_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Newsletter.With(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => Newsletter.With("en", null!));
    }

    [Theory]
    [InlineData("zh-Hans", "简报")]
    [InlineData("zh-Hans-CN", "简报")]
    [InlineData("zh-hans-cn", "简报")]
    [InlineData("zh-Hant-TW", "通讯")]
    [InlineData("zh", "通讯")]
    [InlineData("en", "Newsletter")]
    [InlineData("en-GB", "Newsletter")]
    [InlineData("EN", "Newsletter")]
    [InlineData("th", "Newsletter")]
    [InlineData("", "Newsletter")]
    public void Resolve_Tag_FallsBackToBroaderTagsThenTheFirstText(string language, string expected)
    {
        Assert.Equal(expected, Newsletter.Resolve(language));
    }

    [Fact]
    public void Resolve_NoMatch_IsTheFirstTextNotEnglish()
    {
        var text = new LocalizedText([new("th", "จดหมายข่าว"), new("en", "Newsletter")]);

        Assert.Equal("จดหมายข่าว", text.Resolve("vi"));
        Assert.Equal("Newsletter", new LocalizedText([new("zh-Hans", "简报"), new("en", "Newsletter")]).Resolve("en-US"));
    }

    [Fact]
    public void Resolve_NoTextAtAll_IsNull()
    {
        Assert.Null(new LocalizedText([]).Resolve("en"));
    }

    [Fact]
    public void Lookup_Tag_IgnoresCase()
    {
        Assert.Equal("简报", Newsletter["ZH-HANS"]);
        Assert.True(Newsletter.ContainsKey("Zh-hans"));
        Assert.True(Newsletter.TryGetValue("EN", out var english));
        Assert.Equal("Newsletter", english);
        Assert.False(Newsletter.TryGetValue("zh-Hans-CN", out _));
        Assert.Throws<KeyNotFoundException>(() => Newsletter["th"]);
    }

    [Fact]
    public void Equals_SameTextsInAnotherOrderOrTagCase_IsEqual()
    {
        var reordered = new LocalizedText([new("ZH", "通讯"), new("en", "Newsletter"), new("zh-hans", "简报")]);

        Assert.Equal(Newsletter, reordered);
        Assert.Equal(Newsletter.GetHashCode(), reordered.GetHashCode());
    }

    [Fact]
    public void Equals_TextInAnotherCase_IsUnequal()
    {
        Assert.NotEqual(new LocalizedText("en", "Newsletter"), new LocalizedText("en", "newsletter"));
        Assert.NotEqual(new LocalizedText("en", "Newsletter"), new LocalizedText("en", "Newsletter").With("zh-Hans", "简报"));
        Assert.False(Newsletter.Equals(null));
    }

    [Property(Arbitrary = new[] { typeof(ContentArbitraries) })]
    public void Equals_ReversedAndUpperCasedTags_IsEqualWithEqualHashCode(LocalizedText text)
    {
        var reversed = new LocalizedText(text.Reverse().Select(static entry => KeyValuePair.Create(entry.Key.ToUpperInvariant(), entry.Value)));

        Assert.Equal(text, reversed);
        Assert.Equal(text.GetHashCode(), reversed.GetHashCode());
    }

    [Property(Arbitrary = new[] { typeof(ContentArbitraries) })]
    public void RoundTrip_TextInADocument_KeepsTagsTextsAndOrder(LocalizedText text)
    {
        var directory = new OrganisationDirectory { Language = text.Keys.First(), Id = "directory", Title = text };

        var read = ContentJson.Deserialize<OrganisationDirectory>(ContentJson.Serialize(directory)).Title;

        Assert.Equal(text.ToArray(), read.ToArray());
    }
}
