namespace Lmec.Content.Schemas;

/// <summary>
/// The stable codes of the findings this package reports, all in the LMEC3xx range of the schema layer.
/// <c>docs/validation-rules.md</c> documents each with its meaning, an example and its messages.
/// </summary>
public static class SchemaErrorCodes
{
    /// <summary>The document is larger than <see cref="SchemaValidatorOptions.MaxDocumentBytes"/>.</summary>
    public const string DocumentTooLarge = "LMEC300";

    /// <summary>Objects and arrays nest deeper than <see cref="SchemaValidatorOptions.MaxDepth"/>.</summary>
    public const string NestingTooDeep = "LMEC301";

    /// <summary>The document is not UTF-8: an invalid byte sequence, or a UTF-16 or UTF-32 byte order mark.</summary>
    public const string InvalidEncoding = "LMEC302";

    /// <summary>The text is not JSON as RFC 8259 defines it: comments, trailing commas, single quotes, <c>NaN</c>, trailing text, empty input.</summary>
    public const string InvalidSyntax = "LMEC303";

    /// <summary>An object has two members with the same name, also when one is written with escapes.</summary>
    public const string DuplicateMember = "LMEC304";

    /// <summary>A string escapes a lone UTF-16 surrogate, such as <c>\ud800</c>, which is no Unicode text.</summary>
    public const string InvalidString = "LMEC305";

    /// <summary>A number is not finite, or beyond ±(2^53 − 1), where parsers lose its value.</summary>
    public const string NumberOutOfRange = "LMEC306";
}
