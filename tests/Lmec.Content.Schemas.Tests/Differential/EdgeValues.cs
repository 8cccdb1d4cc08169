using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lmec.Content.Schemas.Tests.Conformance;

namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>
/// The edge values of each value category, as JSON text (so that <c>6.0</c> and <c>1e2</c> reach both
/// validators as written): values just inside and just outside every limit, and the forms that validators
/// commonly read differently.
/// </summary>
internal static class EdgeValues
{
    /// <summary>Writes JSON the way the test sends it: compact, non-ASCII text unescaped so messages stay readable.</summary>
    internal static readonly JsonSerializerOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string Astral = "😀";

    private static readonly string[] Identifiers =
    [
        "a", "0", "lmec-2023", "A", "Lmec", "a-", "-a", "a--b", "a_b", "a.b", "a b", "a\n", "\na", "ａ", "issue-٢٠٢٣", "a\u200Bb", "é",
    ];

    private static readonly string[] LanguageTags =
    [
        "en", "EN", "En", "zh-Hans", "zh-hans", "ZH-HANS", "zh-Hans-CN", "zh-hans-cn", "zh-Latn-pinyin", "es-419", "de-CH-1996",
        "zh-Hans-CN-u-ca-chinese", "en-x-lmec", "x-private", "i-klingon", "qaa", "en-", "english", "zh_CN", "e", "en\n", "en-GB-oed",
    ];

    private static readonly string[] CountryCodes = ["CN", "TH", "cn", "Cn", "XX", "ZZ", "AA", "UK", "EU", "AQ", "CHN", "C", "C1", "ＣＮ"];

    private static readonly string[] PhoneNumbers =
    [
        "+861082268242", "+0861082268242", "861082268242", "+1", "+12", "+123456789012345", "+1234567890123456", "+86-10-82268242",
        "+86 10 8226 8242", "+８６1082268242", "+861082268242\n", "++861082268242", "+๖๖๒๑๒๓๔๕๖๗", "+၉၅၁၂၃၄၅၆၇",
    ];

    private static readonly string[] SchemaVersions = ["1.0", "1.1", "1.10", "1.99999999", "1.999999999", "1.01", "1", "1.", "2.0", "0.9", "1.0\n", "1.0.0", "v1.0"];

    private static readonly string[] Dates =
    [
        "2023-06-25", "2024-02-29", "2023-02-29", "2023-02-30", "2023-04-31", "2023-13-01", "2023-00-10", "2023-06-00", "0000-06-25", "0001-01-01",
        "9999-12-31", "10000-01-01", "2023-6-5", "20230625", "2023-06-25T00:00:00Z", " 2023-06-25", "2023-06-25\n", "２０２３-06-25", "-2023-06-25",
        "๒๕๖๖-๐๙-๑๒", "២០២៣-០៩-១២", "2566-09-12",
    ];

    private static readonly string[] Timestamps =
    [
        "2023-05-10T09:30:00Z", "2023-05-10T09:30:00+08:00", "2023-05-10T09:30:00-00:00", "2023-05-10T09:30:00.Z", "2023-05-10T09:30:00.+08:00",
        "2023-05-10t09:30:00z", "2023-05-10T09:30:00z", "2023-05-10t09:30:00Z", "2023-05-10 09:30:00Z", "2023-05-10T09:30:00",
        "2023-05-10T09:30Z", "2023-05-10T09:30:00.5Z", "2023-05-10T09:30:00.123+05:45", "2023-05-10T09:30:00.1234567Z",
        "2023-05-10T09:30:00.12345678Z", "2023-05-10T09:30:00.123456789012Z", "2023-05-10T09:30:00,5Z", "2016-12-31T23:59:60Z",
        "2023-05-10T24:00:00Z", "2023-05-10T09:60:00Z", "2023-05-10T09:30:00+14:00", "2023-05-10T09:30:00-14:00", "2023-05-10T09:30:00+14:01",
        "2023-05-10T09:30:00+15:00", "2023-05-10T09:30:00+0800", "2023-05-10T09:30:00+08", "2023-05-10T09:30:00+24:00", "2023-02-30T09:30:00Z",
        "2023-13-10T09:30:00Z", "0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "0001-01-01T00:30:00+01:00", "9999-12-31T23:59:59Z",
        "9999-12-31T23:30:00-01:00", "2023-05-10", "2023-05-10T09:30:00Z\n", "໒໐໒໓-05-10T09:30:00Z",
    ];

    private static readonly string[] PartialDates =
    [
        "2023", "2023-12", "2023-12-05", "0000", "0001", "9999", "10000", "2023-00", "2023-13", "2023-1", "202", "2023-12-5", "2023-02-29", "2024-02-29",
        "2023-12\n", " 2023", "๒๕๖๖", "2023-W49", "2023-339", "-2023", "2023-12-05T00:00Z",
    ];

    private static readonly string[] Times =
    [
        "00:00", "09:30", "23:59", "23:59:59", "24:00", "9:30", "09:30:60", "09:60", "09:30:00.5", "0930", "09:30Z", "09:30+07:00", "09:30\n", "๐๙:๓๐",
        "T09:30", "09:30:00:00", " 09:30",
    ];

    private static readonly string[] UtcOffsets =
    [
        "Z", "z", "+07:00", "-05:30", "+00:00", "-00:00", "+14:00", "-14:00", "+14:01", "+15:00", "+07:60", "+0700", "+7:00", "07:00", "UTC",
        "Asia/Bangkok", "+07:00\n", "+๐๗:๐๐",
    ];

    private static readonly string[] Durations =
    [
        "PT3H", "PT1H30M", "P2D", "P0.5D", "P1W", "P1Y2M10DT2H30M", "PT0.5S", "P", "PT", "P1DT", "P0.5DT2H", "P1W2D", "P,5D", "P.5D", "P1D2Y",
        "pt3h", "-PT3H", "PT3H\n", "P1234567890D", "PT๓H", "P1.D",
    ];

    private static readonly string[] Emails =
    [
        "li.xia@fecomce.org.cn", "o'brien+news@mail.example-domain.org", "a@localhost", "a@b", "li.xia@", "@fecomce.org.cn", "li xia@fecomce.org.cn",
        "li..xia@fecomce.org.cn", ".li@fecomce.org.cn", "li.xia@fecomce.org.cn\n", "用户@例子.中国", "li@例子.cn", "a@[127.0.0.1]", "\"li xia\"@fecomce.org.cn",
        "li.xia@-fecomce.org.cn", "li.xia@fecomce..org.cn", "LI.XIA@FECOMCE.ORG.CN",
    ];

    private static readonly string[] Urls =
    [
        "https://en.lmec.org.cn/", "http://en.lmec.org.cn", "HTTPS://EN.LMEC.ORG.CN/", "https://en.lmec.org.cn/about?lang=en#top", "mailto:li.xia@fecomce.org.cn",
        "mailto:lmec", "javascript:alert(1)", "file:///etc/passwd", "ftp://en.lmec.org.cn/", "/about", "about", "//en.lmec.org.cn/", "https://",
        "https://例子.cn/", "https://a_b.lmec.org.cn/", "http://en.lmec.org.cn:65535/", "http://en.lmec.org.cn:65536/", "https://en.lmec.org.cn/a b",
        "https://en.lmec.org.cn/%zz", "https://en.lmec.org.cn/\n", "https://[::1]/", "https://127.0.0.1/", "https://user@en.lmec.org.cn/",
    ];

    private static readonly string[] Texts =
    [
        "Newsletter", " ", "  ", "\t", "\n", "\u00A0", "\u3000", "\u200B", "a", "<b>bold</b>", "<script>alert(1)</script>", "\u202Eevil", "a\u0001b", "\uFFFF",
        Astral, "简报", "line\nbreak", "\u200B\u200D", "\uFEFF\u2060", "\u00AD", "\u202E\u202C", "แม่น้ำ\u200Bโขง", "Nguye\u0302\u0303n",
    ];

    private static readonly string[] Booleans = ["true", "false"];

    /// <summary>Gets the edge values of a string, number or boolean member.</summary>
    /// <param name="category">The member's category.</param>
    /// <param name="schema">The member's subschema, for its limits.</param>
    /// <returns>The values as JSON text.</returns>
    internal static IReadOnlyList<string> For(ValueCategory category, SchemaSite schema) => category switch
    {
        ValueCategory.Identifier => Strings(Identifiers, Lengths(schema, 'a')),
        ValueCategory.LanguageTag => Strings(LanguageTags, [.. Lengths(schema, 'a').Select(static tag => "en-" + string.Join('-', tag.Chunk(8).Select(static part => new string(part))))]),
        ValueCategory.CountryCode => Strings(CountryCodes),
        ValueCategory.PhoneNumber => Strings(PhoneNumbers),
        ValueCategory.SchemaVersion => Strings(SchemaVersions),
        ValueCategory.Date => Strings(Dates),
        ValueCategory.Timestamp => Strings(Timestamps),
        ValueCategory.PartialDate => Strings(PartialDates),
        ValueCategory.Time => Strings(Times),
        ValueCategory.UtcOffset => Strings(UtcOffsets),
        ValueCategory.Duration => Strings(Durations),
        ValueCategory.Email => Strings(Emails, [.. Lengths(schema, 'a').Select(static local => local + "@x.cn")]),
        ValueCategory.Url => Strings(Urls, [.. Lengths(schema, 'a').Select(static path => "https://x.cn/" + path)]),
        ValueCategory.Text => Strings(Texts, [string.Empty, .. Lengths(schema, 'a'), .. Lengths(schema, Astral), .. Lengths(schema, "水")]),
        ValueCategory.Integer => Integers(schema),
        ValueCategory.Boolean => Booleans,
        _ => [],
    };

    /// <summary>Gets the edge values of a language tag used as a key of a multilingual text.</summary>
    /// <returns>The keys.</returns>
    internal static IReadOnlyList<string> LanguageKeys() => LanguageTags;

    /// <summary>Gets values of every JSON type, to put where another type belongs.</summary>
    /// <returns>The values as JSON text.</returns>
    internal static IReadOnlyList<string> OfEveryType() => ["null", "true", "0", "1.5", "\"1\"", "\"\"", "[]", "{}", "[null]", "{\"en\":\"x\"}"];

    /// <summary>Gets the lengths around a string's limits, one code point short of, at and beyond each.</summary>
    private static IEnumerable<string> Lengths(SchemaSite schema, char filler) => Lengths(schema, filler.ToString());

    private static IEnumerable<string> Lengths(SchemaSite schema, string filler)
    {
        var limits = new[] { ValueCategories.Number(schema, "minLength"), ValueCategories.Number(schema, "maxLength") };
        return limits.OfType<long>().SelectMany(static limit => new[] { limit - 1, limit, limit + 1 }).Where(static length => length >= 0)
            .Select(length => string.Concat(Enumerable.Repeat(filler, (int)length)));
    }

    private static IReadOnlyList<string> Strings(IEnumerable<string> values, IEnumerable<string>? more = null) =>
        [.. values.Concat(more ?? []).Select(static value => JsonValue.Create(value).ToJsonString(Writing))];

    private static IReadOnlyList<string> Integers(SchemaSite schema)
    {
        var bounds = new[] { ValueCategories.Number(schema, "minimum"), ValueCategories.Number(schema, "maximum") }
            .OfType<long>().SelectMany(static bound => new[] { bound - 1, bound, bound + 1 }).Select(static value => value.ToString(CultureInfo.InvariantCulture));
        return
        [
            "0", "-1", "1", "-0", "9999", "10000", "2147483647", "2147483648", "9007199254740991", "9007199254740992", "9007199254740993",
            "-9007199254740992", "6.0", "6.00", "1e2", "1E2", "1.0e2", "6.5", "0.0", "1e400", "2e-1", .. bounds,
        ];
    }
}
