namespace Lmec.Content.Contract;

/// <summary>
/// The limits of the wire format's values, in Unicode code points for strings (as JSON Schema counts
/// <c>maxLength</c>). Each member's own limit is <see cref="WireMember.MaxLength"/>.
/// </summary>
public static class WireLimits
{
    /// <summary>The largest integer a JSON number may hold without losing its value in JavaScript and most parsers, 2^53 − 1 (RFC 7493).</summary>
    public const long MaxSafeInteger = (1L << 53) - 1;

    /// <summary>The longest id or reference to one.</summary>
    public const int IdentifierMaxLength = 100;

    /// <summary>The longest language tag.</summary>
    public const int LanguageTagMaxLength = 35;

    /// <summary>The longest e-mail address (RFC 5321).</summary>
    public const int EmailMaxLength = 254;

    /// <summary>The longest telephone number in E.164 form: <c>+</c> and 15 digits.</summary>
    public const int PhoneNumberMaxLength = 16;

    /// <summary>The longest URL.</summary>
    public const int UrlMaxLength = 2048;

    /// <summary>The longest version of the wire format.</summary>
    public const int SchemaVersionMaxLength = 10;

    /// <summary>The longest text: a text of a multilingual text in one language, or plain text with no limit of its own.</summary>
    public const int TextMaxLength = 10_000;

    /// <summary>The most characters of an ISO 8601 duration, such as <c>P1Y2M10DT2H30M</c>.</summary>
    public const int DurationMaxLength = 64;
}
