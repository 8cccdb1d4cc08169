namespace Lmec.Content.Schemas;

/// <summary>
/// The stable codes of the findings this package reports, all in the LMEC3xx range of the schema layer.
/// Before the schema check, the JSON front end of <c>Lmec.Content</c> decides size, encoding and syntax with
/// the codes of <see cref="Validation.ValidationCodes"/> (<c>LMEC0xx</c>), the same as content validation.
/// <c>docs/validation-rules.md</c> documents each with its meaning, an example and its messages.
/// </summary>
public static class SchemaErrorCodes
{
    /// <summary>The document is not an object with a <c>kind</c> member naming a kind of document, so no schema applies.</summary>
    public const string UnknownDocumentKind = "LMEC307";

    /// <summary>A required member is missing.</summary>
    public const string MissingMember = "LMEC310";

    /// <summary>An object has a member its schema does not define.</summary>
    public const string UnknownMember = "LMEC311";

    /// <summary>A value has the wrong JSON type, such as <see langword="null"/>, a number where a string belongs, or a string where an object belongs.</summary>
    public const string WrongType = "LMEC312";

    /// <summary>A value is not one of the values its schema allows, such as an undefined enum value.</summary>
    public const string ValueNotAllowed = "LMEC313";

    /// <summary>A string is empty.</summary>
    public const string StringTooShort = "LMEC314";

    /// <summary>A string is longer than its schema allows.</summary>
    public const string StringTooLong = "LMEC315";

    /// <summary>A string does not have the form its schema requires, such as an id, a country code or an E.164 number.</summary>
    public const string PatternMismatch = "LMEC316";

    /// <summary>A string is not a valid date, timestamp with offset, e-mail address or URL.</summary>
    public const string InvalidFormat = "LMEC317";

    /// <summary>A number is outside the range its schema allows.</summary>
    public const string ValueOutOfRange = "LMEC318";

    /// <summary>An array holds the same value twice where its values must be distinct.</summary>
    public const string DuplicateItem = "LMEC320";

    /// <summary>An object has fewer or more members than its schema allows, such as a multilingual text without any language.</summary>
    public const string WrongMemberCount = "LMEC321";

    /// <summary>A multilingual text is keyed by something that is not a well-formed BCP 47 language tag.</summary>
    public const string InvalidLanguageTag = "LMEC322";

    /// <summary>A value breaks a rule of its schema that no other code names.</summary>
    public const string SchemaViolation = "LMEC398";

    /// <summary>The schema validator failed on the document; the document could not be checked against its schema.</summary>
    public const string ValidatorFailure = "LMEC399";
}
