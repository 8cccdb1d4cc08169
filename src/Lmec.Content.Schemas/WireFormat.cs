using Lmec.Content.Validation;

namespace Lmec.Content.Schemas;

/// <summary>
/// The patterns and limits of the wire format that the schemas state and the format checks enforce.
/// </summary>
/// <remarks>
/// Every pattern is valid in ECMA-262 (with the <c>u</c> flag) and in .NET, uses <c>[0-9]</c> rather than
/// <c>\d</c>, and ends in <see cref="WireFormatPatterns.EndAnchor"/>. The patterns the rules of
/// <see cref="ContentValidator"/> check as well are <see cref="WireFormatPatterns"/> itself, so both accept the same strings.
/// </remarks>
internal static class WireFormat
{
    /// <summary>The end anchor that holds in every regular-expression engine.</summary>
    internal const string End = WireFormatPatterns.EndAnchor;

    /// <summary>An id: lowercase ASCII letters and digits in groups joined by single hyphens.</summary>
    internal const string IdentifierPattern = "^[a-z0-9]+(?:-[a-z0-9]+)*" + End;

    /// <summary>A language tag: language, optional script, region and variants.</summary>
    internal const string LanguageTagPattern = WireFormatPatterns.LanguageTag;

    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    internal const string CountryCodePattern = "^[A-Z]{2}" + End;

    /// <summary>A telephone number in E.164 form.</summary>
    internal const string E164Pattern = WireFormatPatterns.PhoneNumber;

    /// <summary>A calendar date, <c>yyyy-MM-dd</c>, from year 0001.</summary>
    internal const string DatePattern = "^" + DateBody + End;

    /// <summary>An RFC 3339 timestamp that carries its offset, with at most seven fraction digits.</summary>
    internal const string TimestampPattern =
        "^" + DateBody + "T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,7})?(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))" + End;

    /// <summary>An e-mail address: the dot-atom form of RFC 5322 at a domain of two or more ASCII labels.</summary>
    internal const string EmailPattern = WireFormatPatterns.Email;

    /// <summary>
    /// A web link: an absolute <c>http</c> or <c>https</c> URL in ASCII, as RFC 3986 allows it, or <c>mailto:</c>
    /// and one e-mail address (bad-inputs.md: only <c>http</c>, <c>https</c> and <c>mailto</c>).
    /// </summary>
    internal const string WebUrlPattern = WireFormatPatterns.WebLink;

    /// <summary>The version of the wire format, major 1.</summary>
    internal const string SchemaVersionPattern = @"^1\.(?:0|[1-9][0-9]*)" + End;

    private const string DateBody = "(?!0000)[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])";
}
