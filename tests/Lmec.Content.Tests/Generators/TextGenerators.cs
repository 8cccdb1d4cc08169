using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Model;

namespace Lmec.Content.Tests.Generators;

/// <summary>
/// Generates the text of documents: ASCII slugs for ids, and plain text in the languages of the
/// Lancang-Mekong region that deliberately carries what a writer must get right — Chinese, Thai and
/// Vietnamese, HTML-sensitive characters, backslashes, line breaks and characters outside the BMP.
/// </summary>
internal static class TextGenerators
{
    /// <summary>Language tags a document may use, distinct without regard to case.</summary>
    public static readonly string[] LanguageTags = ["en", "zh-Hans", "zh", "zh-Hant", "zh-Hans-CN", "th", "vi", "km", "lo", "my", "fr", "en-GB"];

    private static readonly string[] SlugParts =
    [
        "lmec", "mee", "wri", "taf", "unep", "ciis", "ndrc", "monre", "green", "mekong", "lancang", "symposium",
        "energy", "transition", "climate", "resilient", "infrastructure", "dialogue", "roundtable", "2023", "6",
    ];

    private static readonly string[] Fragments =
    [
        "Lancang-Mekong Environmental Cooperation Center", "Green Lancang-Mekong Initiative", "symposium", "energy transition",
        "climate-resilient infrastructure", "澜沧江-湄公河环境合作中心", "绿色", "气候韧性基础设施", "能源转型", "简报",
        "ความร่วมมือด้านสิ่งแวดล้อม", "Hợp tác môi trường", "កិច្ចសហប្រតិបត្តិការ", "ສິ່ງແວດລ້ອມ", "ပတ်ဝန်းကျင်",
        "<b>bold</b>", "<script>alert('x')</script>", "Tom & Jerry's", "\"quoted\"", "a < b > c", "&amp;", "'",
        "𠀀𠀁𪚥", "🌏", "😀👍🏽", "C:\\path\\file", "line\nbreak", "tab\there", "10% +86", "a\u2028b\u2029c", "é ñ ü",
        "\u00A0", "/", "", " ",
    ];

    private static readonly (int From, int To)[] CodePointRanges =
    [
        (0x20, 0x7E), (0xA0, 0x17F), (0x4E00, 0x9FFF), (0x0E01, 0x0E5B), (0x1EA0, 0x1EF9),
        (0x3000, 0x303F), (0xFF01, 0xFF5E), (0x1F300, 0x1F64F), (0x20000, 0x2A6DF),
    ];

    /// <summary>Gets an ASCII slug such as <c>green-mekong</c>.</summary>
    public static Gen<string> Slug { get; } =
        Gen.Elements(SlugParts).Between(1, 3).Select(static parts => string.Join('-', parts));

    /// <summary>Gets a short run of code points drawn from the scripts above, never a lone surrogate.</summary>
    public static Gen<string> RandomRun { get; } =
        Gen.Elements(CodePointRanges)
            .SelectMany(static range => Gen.Choose(range.From, range.To))
            .Between(1, 8)
            .Select(static codePoints => string.Concat(codePoints.Select(char.ConvertFromUtf32)));

    /// <summary>Gets plain text: fragments and random runs joined by spaces, occasionally empty.</summary>
    public static Gen<string> Text { get; } =
        Gen.Frequency((4, Gen.Elements(Fragments)), (1, RandomRun))
            .Between(1, 5)
            .Select(static parts => string.Join(' ', parts));

    /// <summary>Gets one of <see cref="LanguageTags"/>.</summary>
    public static Gen<string> LanguageTag { get; } = Gen.Elements(LanguageTags);

    /// <summary>
    /// Generates text in <paramref name="language"/> and up to two more languages, always including a
    /// Chinese one when it draws more than one.
    /// </summary>
    /// <param name="language">The language every text must have.</param>
    public static Gen<LocalizedText> Localized(string language) =>
        from others in Gen.Shuffle(LanguageTags.Where(tag => !string.Equals(tag, language, StringComparison.OrdinalIgnoreCase)))
        from count in Gen.Choose(1, 3)
        from texts in Text.ArrayOf(count)
        let tags = new[] { language }.Concat(others.Take(count - 1)).ToArray()
        select new LocalizedText(tags.Zip(texts, static (tag, text) => KeyValuePair.Create(tag, text)));

    /// <summary>Generates an e-mail address such as <c>qian.zhaohui@fecomce.org.cn</c>.</summary>
    public static Gen<string> Email { get; } =
        from user in Slug
        from domain in Gen.Elements("fecomce.org.cn", "lmec.org.cn", "unep.org", "wri.org", "asiafoundation.org")
        select user.Replace('-', '.') + "@" + domain;

    /// <summary>Generates an absolute <c>http</c> or <c>https</c> URL.</summary>
    public static Gen<string> Url { get; } =
        from scheme in Gen.Elements("http", "https")
        from host in Gen.Elements("en.lmec.org.cn", "www.unep.org", "wri.org.cn", "asiafoundation.org")
        from path in Slug
        select $"{scheme}://{host}/{path}";

    /// <summary>Generates an ISO 3166-1 alpha-2 code of a Lancang-Mekong country or a partner's.</summary>
    public static Gen<string> CountryCode { get; } = Gen.Elements("CN", "KH", "LA", "MM", "TH", "VN", "US", "KE");

    /// <summary>Generates a string of <paramref name="count"/> decimal digits.</summary>
    /// <param name="count">How many digits.</param>
    public static Gen<string> Digits(int count) =>
        Gen.Choose(0, 9).ArrayOf(count).Select(static digits => string.Concat(digits));
}
