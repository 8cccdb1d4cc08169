namespace Lmec.Content.Contract;

/// <summary>
/// The regular expressions of the wire format's formatted strings, which the published schemas state as
/// <c>pattern</c> and the typed validation checks, so that both accept exactly the same strings.
/// </summary>
/// <remarks>
/// Every pattern is valid in ECMA-262 (with the <c>u</c> flag), .NET and Python, is case-sensitive, names ASCII
/// digits as <c>[0-9]</c> rather than <c>\d</c>, and an anchored one ends in <see cref="EndAnchor"/>: in .NET,
/// Python and Java a bare <c>$</c> also matches before a final line feed, so the lookahead makes "nothing may
/// follow" hold in every engine. Dates and timestamps are checked for real calendar days by the pattern itself,
/// so the verdict never depends on whether a validator asserts <c>format</c>. Integrators on other stacks can use
/// them as they are.
/// </remarks>
public static class WirePatterns
{
    /// <summary>The end anchor that holds in every regular-expression engine: the end of the string, with nothing after it.</summary>
    public const string EndAnchor = @"$(?![\s\S])";

    /// <summary>
    /// Text that is not blank: at least one character that is neither white space (that of
    /// <see cref="char.IsWhiteSpace(char)"/>) nor invisible — a control character, a zero-width space, joiner or
    /// non-joiner, a direction mark, embedding, override or isolate, a word joiner or invisible operator, a byte
    /// order mark, a soft hyphen, a variation selector, a Hangul filler, a Khmer inherent vowel, a Mongolian
    /// variation selector or vowel separator. The characters are listed, all in the Basic Multilingual Plane, so that
    /// every engine means the same ones. Not anchored.
    /// </summary>
    public const string NotBlank =
        @"[^\u0000-\u0020\u007F-\u00A0\u00AD\u034F\u061C\u115F\u1160\u1680\u17B4\u17B5\u180B-\u180F\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0]";

    /// <summary>An id, topic or reference: lower-case ASCII letters and digits in groups joined by single hyphens, such as <c>liu-qing</c>.</summary>
    public const string Identifier = "^[a-z0-9]+(?:-[a-z0-9]+)*" + EndAnchor;

    /// <summary>An e-mail address: the dot-atom form of RFC 5322 at a domain of two or more ASCII labels, such as <c>li.xia@fecomce.org.cn</c>.</summary>
    public const string Email = "^" + EmailAddress + EndAnchor;

    /// <summary>A telephone number in E.164 form: <c>+</c>, then up to 15 digits, the first not zero, such as <c>+861082268242</c>.</summary>
    public const string PhoneNumber = @"^\+[1-9][0-9]{1,14}" + EndAnchor;

    /// <summary>
    /// A language tag of the form BCP 47 documents use: a language of two or three letters, then an optional
    /// script, an optional region and any variants, such as <c>en</c>, <c>zh-Hans</c> or <c>es-419</c>, in any
    /// case (BCP 47 tags are case-insensitive). Extensions, private-use and grandfathered tags are not used.
    /// </summary>
    public const string LanguageTag =
        "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*" + EndAnchor;

    /// <summary>
    /// A web link: an absolute <c>http</c> or <c>https</c> URL in ASCII as RFC 3986 allows it (scheme in lower
    /// case, a host of ASCII labels, a port up to 65535), or <c>mailto:</c> and one e-mail address.
    /// </summary>
    public const string WebLink =
        "^(?:mailto:" + EmailAddress + "|https?://(?:" + HostLabel + "\\.)*" + HostLabel + "(?::" + Port + ")?"
        + "(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})*)*"
        + "(?:\\?(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?"
        + "(?:#(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?)" + EndAnchor;

    /// <summary>A version of the wire format this library reads: major version 1 and a minor version, such as <c>1.0</c>.</summary>
    public const string SchemaVersion = @"^1\.(?:0|[1-9][0-9]*)" + EndAnchor;

    /// <summary>A calendar date that exists, <c>yyyy-MM-dd</c> from year 0001: no 30 February, 29 February in leap years only.</summary>
    public const string Date = "^" + DateBody + EndAnchor;

    /// <summary>
    /// An RFC 3339 timestamp as the wire format writes it: a date that exists, <c>T</c>, a time without leap second
    /// and with at most seven fraction digits, and its offset, <c>Z</c> or from −14:00 to +14:00, such as
    /// <c>2023-04-25T09:30:00+08:00</c>.
    /// </summary>
    public const string Timestamp =
        "^" + DateBody + "T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,7})?(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))" + EndAnchor;

    /// <summary>
    /// A Gregorian calendar date of reduced precision, in the ISO 8601 calendar date forms: a year (<c>2023</c>), a
    /// year and month (<c>2023-12</c>) or a full date that exists (<c>2023-12-05</c>), from year 0001.
    /// </summary>
    public const string PartialDate = "^(?:" + DateBody + "|(?!0000)[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?)" + EndAnchor;

    /// <summary>A time of day on the 24-hour clock, <c>HH:mm</c> or <c>HH:mm:ss</c>, from <c>00:00</c> to <c>23:59:59</c>, such as <c>09:30</c>.</summary>
    public const string Time = "^(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?" + EndAnchor;

    /// <summary>An offset from UTC: <c>Z</c>, or a sign and hours and minutes from <c>00:00</c> to <c>14:00</c>, such as <c>+07:00</c> or <c>-05:30</c>.</summary>
    public const string UtcOffset = "^(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))" + EndAnchor;

    /// <summary>
    /// An ISO 8601 duration: <c>P</c>, then years, months and days, then <c>T</c> and hours, minutes and seconds, each
    /// present or not but at least one, or weeks alone; up to nine digits each, and a decimal fraction (with a point)
    /// in the last component only. Such as <c>PT3H</c>, <c>PT1H30M</c>, <c>P2D</c> or <c>P0.5D</c>.
    /// </summary>
    public const string Duration =
        "^P(?:" + DurationNumber + "W|(?=[0-9T])(?:" + DurationNumber + "Y)?(?:" + DurationNumber + "M)?(?:" + DurationNumber + "D)?"
        + "(?:T(?=[0-9])(?:" + DurationNumber + "H)?(?:" + DurationNumber + "M)?(?:" + DurationNumber + "S)?)?)" + EndAnchor;

    // A number of a duration's component: a fraction only where the component's letter ends the duration.
    private const string DurationNumber = "[0-9]{1,9}(?:\\.[0-9]{1,9}(?=[YMWDHS]" + EndAnchor + "))?";

    private const string DateBody =
        "(?!0000)(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
        + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)";

    private const string EmailAddress = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:" + HostLabel + "\\.)+" + HostLabel;

    private const string HostLabel = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

    // 0 to 65535: validators disagree about larger ports, which no URL can use.
    private const string Port = "(?:[0-9]{1,4}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])";

    /// <summary>Gets an assigned ISO 3166-1 alpha-2 country code, in upper case, such as <c>KH</c>: one of the 249 codes the standard assigns.</summary>
    public static string CountryCode { get; } = "^(?:" + string.Join('|', CountryCodes.All.Order(StringComparer.Ordinal)) + ")" + EndAnchor;
}
