namespace Lmec.Content.Schemas;

/// <summary>
/// The patterns and limits of the wire format that the schemas state and the format checks enforce.
/// </summary>
/// <remarks>
/// Every pattern is valid in ECMA-262 (with the <c>u</c> flag) and in .NET, uses <c>[0-9]</c> rather than
/// <c>\d</c>, and ends in <c>$(?![\s\S])</c>: in .NET, Python and Java a bare <c>$</c> also matches before
/// a final line feed, so the lookahead makes "nothing may follow" hold in every engine.
/// </remarks>
internal static class WireFormat
{
    /// <summary>The end anchor that holds in every regular-expression engine.</summary>
    internal const string End = @"$(?![\s\S])";

    /// <summary>An id: lowercase ASCII letters and digits in groups joined by single hyphens.</summary>
    internal const string IdentifierPattern = "^[a-z0-9]+(?:-[a-z0-9]+)*" + End;

    /// <summary>A well-formed BCP 47 language tag: language, optional script, region and variants.</summary>
    internal const string LanguageTagPattern =
        "^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*" + End;

    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    internal const string CountryCodePattern = "^[A-Z]{2}" + End;

    /// <summary>A telephone number in E.164 form.</summary>
    internal const string E164Pattern = @"^\+[1-9][0-9]{1,14}" + End;

    /// <summary>A calendar date, <c>yyyy-MM-dd</c>, from year 0001.</summary>
    internal const string DatePattern = "^" + DateBody + End;

    /// <summary>An RFC 3339 timestamp that carries its offset, with at most seven fraction digits.</summary>
    internal const string TimestampPattern =
        "^" + DateBody + "T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,7})?(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))" + End;

    /// <summary>An e-mail address: the dot-atom form of RFC 5322 at a domain of two or more ASCII labels.</summary>
    internal const string EmailPattern = "^" + EmailBody + End;

    /// <summary>
    /// A web link: an absolute <c>http</c> or <c>https</c> URL in ASCII, as RFC 3986 allows it, or <c>mailto:</c>
    /// and one e-mail address (bad-inputs.md: only <c>http</c>, <c>https</c> and <c>mailto</c>).
    /// </summary>
    internal const string WebUrlPattern =
        "^(?:mailto:" + EmailBody + "|https?://(?:" + HostLabel + "\\.)*" + HostLabel + "(?::" + Port + ")?"
        + "(?:/(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})*)*"
        + "(?:\\?(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?"
        + "(?:#(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?)" + End;

    /// <summary>The version of the wire format, major 1.</summary>
    internal const string SchemaVersionPattern = @"^1\.(?:0|[1-9][0-9]*)" + End;

    /// <summary>The longest id.</summary>
    internal const int IdentifierMaxLength = 100;

    /// <summary>The longest language tag.</summary>
    internal const int LanguageTagMaxLength = 35;

    /// <summary>The longest e-mail address (RFC 5321).</summary>
    internal const int EmailMaxLength = 254;

    /// <summary>The longest URL.</summary>
    internal const int UrlMaxLength = 2048;

    /// <summary>The longest text in one language, in Unicode code points.</summary>
    internal const int TextMaxLength = 10000;

    /// <summary>The longest short plain-text value that has no rule of its own.</summary>
    internal const int ShortTextMaxLength = 200;

    private const string DateBody = "(?!0000)[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])";

    // 0 to 65535: validators disagree about larger ports, which no URL can use.
    private const string Port = "(?:[0-9]{1,4}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])";

    private const string EmailBody = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:" + HostLabel + "\\.)+" + HostLabel;

    private const string HostLabel = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
}
