using System.Globalization;
using System.Text.RegularExpressions;
using Lmec.Content.Localization;
using Lmec.Content.Testing;
using Lmec.Content.Tests.Validation;

namespace Lmec.Content.Tests.Localization;

/// <summary>The built-in message files are complete and agree; lookup falls back through the culture's parents to English.</summary>
public sealed partial class MessageCatalogTests
{
    // A catalogue with the languages of the fallback chains: zh-Hant and zh each translate some keys, km one.
    private static readonly MessageCatalog Chains = MessageCatalog.Default
        .With("zh-Hant", new StringReader("LMEC021 = 文件為空。"), "zh-Hant.txt")
        .With("zh", new StringReader("LMEC021 = zh: LMEC021\nLMEC214 = zh: LMEC214"), "zh.txt")
        .With("km", new StringReader("LMEC021 = ឯកសារទទេ។"), "km.txt");

    public static TheoryData<string> Languages() => [.. MessageCatalog.Default.Languages];

    [Fact]
    public void Default_Languages_AreEnglishFirstThenSimplifiedChinese()
    {
        Assert.Equal("en", MessageCatalog.Default.Languages[0]);
        Assert.Contains("zh-Hans", MessageCatalog.Default.Languages);
    }

    [Fact]
    public void Default_ReadTwice_IsTheSameInstance() => Assert.Same(MessageCatalog.Default, MessageCatalog.Default);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Default_EveryValidationCode_HasAMessageInEveryLanguage(string language)
    {
        var keys = Keys(language);
        Assert.All(ValidationCodeList.All, code => Assert.True(
            keys.Contains(code) || keys.Any(key => key.StartsWith(code + ".", StringComparison.Ordinal)),
            $"{language}.txt has no message for {code}"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Default_EveryKeyTheCodeUses_HasAMessageInEveryLanguage(string language)
    {
        var keys = Keys(language);
        var used = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*", SearchOption.AllDirectories)
            .Where(file => Path.GetExtension(file) is ".cs" or ".razor")
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => KeyLiteral().Matches(File.ReadAllText(file)).Select(match => match.Groups["key"].Value))
            .Distinct()
            .ToList();
        Assert.Contains("LMEC020.comment", used);
        Assert.Contains("cli.documents", used);

        // A counted key, such as cli.documents, is written with .one or .other after it.
        Assert.All(used, key => Assert.True(
            keys.Contains(key) || (keys.Contains(key + ".one") && keys.Contains(key + ".other")),
            $"{language}.txt has no message '{key}'"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Default_EveryLanguage_HasExactlyTheKeysOfEnglish(string language)
    {
        var english = Keys("en");
        var keys = Keys(language);
        Assert.Empty(english.Except(keys));
        Assert.Empty(keys.Except(english));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Default_EveryEntry_NamesTheSamePlaceholdersAsTheEnglish(string language) =>
        Assert.All(MessageCatalog.Default.Entries(language), entry =>
        {
            Assert.True(MessageCatalog.Default.TryGetEntry("en", entry.Key, out var english));
            Assert.Equal(english.Template.Placeholders, entry.Template.Placeholders);
        });

    [Theory]
    [MemberData(nameof(Languages))]
    public void Default_EveryTranslatedEntry_HasItsEnglishOnTheLineAbove(string language)
    {
        if (language == "en")
        {
            return;
        }

        Assert.All(MessageCatalog.Default.Entries(language), entry =>
        {
            Assert.True(MessageCatalog.Default.TryGetEntry("en", entry.Key, out var english));
            Assert.Equal("en: " + english.Template.Text, entry.Note);
        });
    }

    [Theory]
    [InlineData("zh-TW", "LMEC021", "文件為空。")]
    [InlineData("zh-TW", "LMEC214", "zh: LMEC214")]
    [InlineData("zh-TW", "LMEC022", "The member 'x' occurs more than once in this object; keep one.")]
    [InlineData("zh-Hant", "LMEC021", "文件為空。")]
    [InlineData("zh", "LMEC021", "zh: LMEC021")]
    [InlineData("zh-CN", "LMEC021", "文档为空。")]
    [InlineData("zh-Hans-CN", "LMEC214", "文本为空或只有空白字符；请填写文本或省略该成员。")]
    [InlineData("km-KH", "LMEC021", "ឯកសារទទេ។")]
    [InlineData("km-KH", "LMEC214", "The text is empty or white space only; write the text or leave the member out.")]
    [InlineData("fr-FR", "LMEC021", "The document is empty.")]
    [InlineData("", "LMEC021", "The document is empty.")]
    public void Format_CultureWithoutTheEntry_FallsBackThroughItsParentsToEnglish(string culture, string key, string expected) =>
        Assert.Equal(expected, Chains.Format(key, CultureInfo.GetCultureInfo(culture), "x"));

    [Theory]
    [InlineData("zh-TW", "en")]
    [InlineData("km-KH", "en")]
    [InlineData("zh-CN", "zh-Hans")]
    public void Format_DefaultCatalogue_WritesTheNearestShippedLanguage(string culture, string language) =>
        Assert.Equal(
            MessageCatalog.Default.Format("LMEC021", CultureInfo.GetCultureInfo(language)),
            MessageCatalog.Default.Format("LMEC021", CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-Hans", "zh-Hans")]
    [InlineData("en-GB", "en")]
    [InlineData("en", "en")]
    [InlineData("zh-TW", null)]
    [InlineData("km-KH", null)]
    [InlineData("fr", null)]
    public void FindLanguage_Culture_IsTheFirstOfItsLanguagesTheCatalogueHas(string culture, string? expected) =>
        Assert.Equal(expected, MessageCatalog.Default.FindLanguage(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void FindLanguage_LanguageAddedAtRunTime_IsFound() =>
        Assert.Equal("km", Chains.FindLanguage(CultureInfo.GetCultureInfo("km-KH")));

    [Fact]
    public void Format_CultureWithoutParents_FallsBackThroughTheTagsPrefixes() =>
        Assert.Equal("ឯកសារទទេ។", Chains.Format("LMEC021", new CultureWithoutParents("km-KH")));

    [Fact]
    public void Format_UnknownKey_ThrowsKeyNotFound() =>
        Assert.Throws<KeyNotFoundException>(() => MessageCatalog.Default.Format("NOPE001", CultureInfo.InvariantCulture));

    [Fact]
    public void Format_FewerValuesThanPlaceholders_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => MessageCatalog.Default.Format("LMEC003", CultureInfo.InvariantCulture, 1));

    [Fact]
    public void Format_BracesThatAreNoPlaceholders_AreWrittenAsTheyAre()
    {
        var catalog = MessageCatalog.Default.With("en", new StringReader("""ACME001 = {"en": "{0}"} {x} {} {123} \u{0}"""), "en.txt");
        Assert.Equal("""{"en": "7"} {x} {} {123} \u7""", catalog.Format("ACME001", CultureInfo.InvariantCulture, 7));
    }

    [Fact]
    public void Format_ValuesInAnyCulture_AreWrittenInvariantly()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Contains("1.5", MessageCatalog.Default.Format("LMEC030", CultureInfo.InvariantCulture, 1.5), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Format_ManyThreadsAndCultures_GiveTheAnswersOfOneThread()
    {
        string[] cultures = ["en", "zh-CN", "zh-TW", "km-KH", "fr", "zh-Hans", "en-GB"];
        var expected = cultures.Select(culture => MessageCatalog.Default.Format("LMEC102", CultureInfo.GetCultureInfo(culture), "title")).ToArray();
        var answers = new string[cultures.Length * 500];
        Parallel.For(0, answers.Length, i => answers[i] = MessageCatalog.Default.Format("LMEC102", CultureInfo.GetCultureInfo(cultures[i % cultures.Length]), "title"));
        Assert.All(Enumerable.Range(0, answers.Length), i => Assert.Equal(expected[i % cultures.Length], answers[i]));
    }

    [Fact]
    public void With_ReturnsANewCatalogue_AndLeavesTheOriginalAsItWas()
    {
        var corrected = MessageCatalog.Default.With("zh-Hans", new StringReader("LMEC021 = 文件是空的。"), "zh-Hans.txt");
        var chinese = CultureInfo.GetCultureInfo("zh-Hans");
        Assert.Equal("文件是空的。", corrected.Format("LMEC021", chinese));
        Assert.Equal("文档为空。", MessageCatalog.Default.Format("LMEC021", chinese));
        Assert.Equal(MessageCatalog.Default.Format("LMEC214", chinese), corrected.Format("LMEC214", chinese));
    }

    [Fact]
    public void With_NotALanguageTag_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => MessageCatalog.Default.With("zh_Hans", new StringReader("LMEC021 = x"), "x.txt"));

    [Fact]
    public void Entries_LanguageTheCatalogueLacks_IsEmpty() => Assert.Empty(MessageCatalog.Default.Entries("th"));

    private static HashSet<string> Keys(string language) =>
        [.. MessageCatalog.Default.Entries(language).Select(static entry => entry.Key)];

    [GeneratedRegex("\"(?<key>LMEC[0-9]{3}\\.[A-Za-z0-9]+|(?:type|encoding|cli|report|web)\\.[A-Za-z0-9.]+)\"")]
    private static partial Regex KeyLiteral();

    /// <summary>A culture whose parents are unknown, as in invariant globalization mode.</summary>
    private sealed class CultureWithoutParents(string name) : CultureInfo(name)
    {
        public override CultureInfo Parent => InvariantCulture;
    }
}
