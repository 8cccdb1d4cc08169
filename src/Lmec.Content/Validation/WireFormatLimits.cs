namespace Lmec.Content.Validation;

/// <summary>
/// The longest value each string member of the wire format may hold, in Unicode code points, by the member's
/// wire name; shared by the rules of <see cref="ContentValidator"/> (<see cref="ValidationCodes.ValueTooLong"/>)
/// and the published schemas (<c>maxLength</c>), so that both allow the same lengths. The conventions hold for
/// integrators' own types too: a member named <c>id</c>, or ending in <c>Id</c> or <c>Ids</c>, holds ids.
/// </summary>
public static class WireFormatLimits
{
    /// <summary>The longest id or reference to one.</summary>
    public const int IdentifierMaxLength = 100;

    /// <summary>The longest language tag.</summary>
    public const int LanguageTagMaxLength = 35;

    /// <summary>The longest e-mail address (RFC 5321).</summary>
    public const int EmailMaxLength = 254;

    /// <summary>The longest URL.</summary>
    public const int UrlMaxLength = 2048;

    /// <summary>The longest text: a text of a multilingual text in one language, or a string with no convention of its own.</summary>
    public const int TextMaxLength = 10_000;

    /// <summary>Gets the longest value a string member, or each string of a list member, may hold.</summary>
    /// <param name="memberName">The member's wire name, such as <c>abbreviation</c> or <c>organisationIds</c>.</param>
    /// <returns>The most Unicode code points; <see cref="TextMaxLength"/> when no convention applies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memberName"/> is <see langword="null"/>.</exception>
    public static int MaxLength(string memberName)
    {
        ArgumentNullException.ThrowIfNull(memberName);
        return memberName switch
        {
            "$schema" or "website" or "url" => UrlMaxLength,
            "schemaVersion" => 10,
            "language" => LanguageTagMaxLength,
            "countryCode" or "countryCodes" => 2,
            "number" => 16,
            "emails" or "email" => EmailMaxLength,
            "abbreviation" or "printed" => 50,
            "postalCode" => 20,
            "handle" => 100,
            "id" or "topics" => IdentifierMaxLength,
            _ when memberName.EndsWith("Id", StringComparison.Ordinal) || memberName.EndsWith("Ids", StringComparison.Ordinal) => IdentifierMaxLength,
            _ => TextMaxLength,
        };
    }
}
