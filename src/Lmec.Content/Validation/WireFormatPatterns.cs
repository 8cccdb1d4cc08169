namespace Lmec.Content.Validation;

/// <summary>
/// The regular expressions of the wire format's formatted strings, shared by the rules of
/// <see cref="ContentValidator"/> and the published JSON Schemas, so that both accept exactly the same strings.
/// </summary>
/// <remarks>
/// Every pattern is valid in ECMA-262 (with the <c>u</c> flag) and in .NET, is case-sensitive, names ASCII
/// digits as <c>[0-9]</c> rather than <c>\d</c>, and ends in <see cref="EndAnchor"/>: in .NET, Python and Java a
/// bare <c>$</c> also matches before a final line feed, so the lookahead makes "nothing may follow" hold in every
/// engine. Integrators on other stacks can use them as they are.
/// </remarks>
public static class WireFormatPatterns
{
    /// <summary>The end anchor that holds in every regular-expression engine: the end of the string, with nothing after it.</summary>
    public const string EndAnchor = @"$(?![\s\S])";

    /// <summary>An e-mail address: the dot-atom form of RFC 5322 at a domain of two or more ASCII labels, such as <c>li.xia@fecomce.org.cn</c>.</summary>
    public const string Email = "^" + EmailAddress + EndAnchor;

    /// <summary>A telephone number in E.164 form: <c>+</c>, then up to 15 digits, the first not zero, such as <c>+861082268242</c>.</summary>
    public const string PhoneNumber = @"^\+[1-9][0-9]{1,14}" + EndAnchor;

    /// <summary>
    /// A language tag of the form BCP 47 documents use: a language of two or three letters, then an optional
    /// script, an optional region and any variants, such as <c>en</c>, <c>zh-Hans</c> or <c>es-419</c>.
    /// Extensions, private-use and grandfathered tags are not used in the wire format.
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

    private const string EmailAddress = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:" + HostLabel + "\\.)+" + HostLabel;

    private const string HostLabel = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

    // 0 to 65535: validators disagree about larger ports, which no URL can use.
    private const string Port = "(?:[0-9]{1,4}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])";
}
