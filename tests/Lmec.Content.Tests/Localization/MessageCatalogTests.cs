using System.Globalization;
using System.Text.RegularExpressions;
using Lmec.Content.Localization;
using Lmec.Content.Testing;
using Lmec.Content.Tests.Validation;

namespace Lmec.Content.Tests.Localization;

/// <summary>The built-in message files are complete and agree; lookup falls back through the culture's parents to English.</summary>
public sealed partial class MessageCatalogTests
{
    // A catalogue with languages the package does not ship, for the fallback chains: sr-Latn and sr each
    // translate some keys, de one.
    private static readonly MessageCatalog Chains = MessageCatalog.Default
        .With("sr-Latn", new StringReader("LMEC021 = Dokument je prazan."), "sr-Latn.txt")
        .With("sr", new StringReader("LMEC021 = sr: LMEC021\nLMEC214 = sr: LMEC214"), "sr.txt")
        .With("de", new StringReader("LMEC021 = Das Dokument ist leer."), "de.txt");

    public static TheoryData<string> Languages() => [.. MessageCatalog.Default.Languages];

    [Fact]
    public void Default_Languages_AreEnglishFirstThenTheMekongLanguagesAndChinese() =>
        Assert.Equal(["en", "km", "lo", "my", "th", "vi", "zh-Hans", "zh-Hant"], MessageCatalog.Default.Languages);

    // A translation no native speaker has reviewed says so in its file, and docs/messages.md says the same of it.
    [Theory]
    [MemberData(nameof(Languages))]
    public void Default_Translation_IsMarkedDraftInItsFileExactlyWhenTheDocsSaySo(string language)
    {
        if (language == "en")
        {
            return;
        }

        var file = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Lmec.Content", "Localization", "Messages", language + ".txt"));
        var docs = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "messages.md"));
        var row = Assert.Single(docs, line => line.StartsWith($"| `{language}` |", StringComparison.Ordinal));
        var draftInFile = file.Contains("# Draft: not reviewed by a native speaker.", StringComparison.Ordinal);
        Assert.Equal(draftInFile, row.Contains("draft", StringComparison.OrdinalIgnoreCase));
    }

    // The tool's start-up: a run in one language reads the English file and that language's, not the other six.
    [Fact]
    public void LoadBuiltIn_MessageInOneLanguage_ReadsThatLanguageAndEnglishOnly()
    {
        var catalog = MessageCatalog.LoadBuiltIn();
        Assert.All(catalog.Languages.Skip(1), language => Assert.False(catalog.IsRead(language), language));

        var message = catalog.Format("LMEC021", CultureInfo.GetCultureInfo("km-KH"));

        Assert.Equal(MessageCatalog.Default.Format("LMEC021", CultureInfo.GetCultureInfo("km")), message);
        Assert.True(catalog.IsRead("en") && catalog.IsRead("km"));
        Assert.All(catalog.Languages.Skip(2), language => Assert.False(catalog.IsRead(language), language));
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
    [MemberData(nameof(Languages))]
    public void Default_FirstSentenceOfEveryCodesMessage_NamesNoStandard(string language) =>
        // A reader who is not a programmer acts on the first sentence; the standard is for those who look it up.
        Assert.All(MessageCatalog.Default.Entries(language).Where(static entry => entry.Key.StartsWith("LMEC", StringComparison.Ordinal)), entry =>
            Assert.False(
                StandardName().IsMatch(FirstSentence().Match(entry.Template.Text).Value),
                $"{language}.txt, {entry.Key}: the first sentence names a standard: {entry.Template.Text}"));

    [Theory]
    [InlineData("LMEC106")]
    [InlineData("LMEC107")]
    [InlineData("LMEC209")]
    [InlineData("LMEC210")]
    [InlineData("LMEC211")]
    [InlineData("LMEC212")]
    [InlineData("LMEC213")]
    [InlineData("LMEC215")]
    public void Default_EnglishMessageOfAFormatCheck_GivesAnExampleValueInDoubleQuotes(string key) =>
        Assert.Contains("such as \"", MessageCatalog.Default.Format(key, CultureInfo.InvariantCulture, "x"), StringComparison.Ordinal);

    [Theory]
    [InlineData("sr-Latn-RS", "LMEC021", "Dokument je prazan.")]
    [InlineData("sr-Latn-RS", "LMEC214", "sr: LMEC214")]
    [InlineData("sr-Latn-RS", "LMEC022", "The field \"x\" is written more than once in this object; keep only one.")]
    [InlineData("sr-Latn", "LMEC021", "Dokument je prazan.")]
    [InlineData("sr", "LMEC021", "sr: LMEC021")]
    [InlineData("zh-CN", "LMEC021", "文档为空；请写一个从 { 到 } 的 JSON 对象，例如 {\"kind\": \"article\", \"schemaVersion\": \"1.0\", ...}。")]
    [InlineData("zh-Hans-CN", "LMEC214", "文本为空，或只有空格或不可见字符；请填写文本或省略该字段。")]
    [InlineData("de-DE", "LMEC021", "Das Dokument ist leer.")]
    [InlineData("de-DE", "LMEC214", "The text is empty, or holds only spaces or invisible characters; write the text or leave the field out.")]
    [InlineData("fr-FR", "LMEC021", "The document is empty; write one JSON object, from { to }, such as {\"kind\": \"article\", \"schemaVersion\": \"1.0\", ...}.")]
    [InlineData("", "LMEC021", "The document is empty; write one JSON object, from { to }, such as {\"kind\": \"article\", \"schemaVersion\": \"1.0\", ...}.")]
    public void Format_CultureWithoutTheEntry_FallsBackThroughItsParentsToEnglish(string culture, string key, string expected) =>
        Assert.Equal(expected, Chains.Format(key, CultureInfo.GetCultureInfo(culture), "x"));

    [Theory]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("th-TH", "th")]
    [InlineData("vi-VN", "vi")]
    [InlineData("de-DE", "en")]
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
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh-HK", "zh-Hant")]
    [InlineData("de-DE", null)]
    [InlineData("fr", null)]
    public void FindLanguage_Culture_IsTheFirstOfItsLanguagesTheCatalogueHas(string culture, string? expected) =>
        Assert.Equal(expected, MessageCatalog.Default.FindLanguage(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void FindLanguage_LanguageAddedAtRunTime_IsFound() =>
        Assert.Equal("de", Chains.FindLanguage(CultureInfo.GetCultureInfo("de-DE")));

    [Fact]
    public void Format_CultureWithoutParents_FallsBackThroughTheTagsPrefixes() =>
        Assert.Equal("Das Dokument ist leer.", Chains.Format("LMEC021", new CultureWithoutParents("de-DE")));

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
        Assert.StartsWith("文档为空；", MessageCatalog.Default.Format("LMEC021", chinese), StringComparison.Ordinal);
        Assert.Equal(MessageCatalog.Default.Format("LMEC214", chinese), corrected.Format("LMEC214", chinese));
    }

    [Fact]
    public void With_NotALanguageTag_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => MessageCatalog.Default.With("zh_Hans", new StringReader("LMEC021 = x"), "x.txt"));

    [Fact]
    public void Entries_LanguageTheCatalogueLacks_IsEmpty() => Assert.Empty(MessageCatalog.Default.Entries("de"));

    private static HashSet<string> Keys(string language) =>
        [.. MessageCatalog.Default.Entries(language).Select(static entry => entry.Key)];

    // A sentence ends at a full stop followed by a space (Latin, Lao, Thai), or at the full stop of Chinese (。),
    // Khmer (។) or Burmese (။).
    [GeneratedRegex(@"^.*?(?:\.(?=\s|$)|。|។|။|$)", RegexOptions.Singleline)]
    private static partial Regex FirstSentence();

    [GeneratedRegex(@"\b(?:ISO|BCP|E\.164|RFC|IETF|IANA|JSON Pointer|surrogate)\b|代理项")]
    private static partial Regex StandardName();

    [GeneratedRegex("\"(?<key>LMEC[0-9]{3}\\.[A-Za-z0-9]+|(?:type|encoding|cli|report|web)\\.[A-Za-z0-9.]+)\"")]
    private static partial Regex KeyLiteral();

    /// <summary>A culture whose parents are unknown, as in invariant globalization mode.</summary>
    private sealed class CultureWithoutParents(string name) : CultureInfo(name)
    {
        public override CultureInfo Parent => InvariantCulture;
    }
}
