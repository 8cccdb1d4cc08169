using Lmec.Content.Validation;

namespace Lmec.Content.Contract;

/// <summary>What a category of values implies for every member of it: the code a malformed value gets, its pattern, format and length.</summary>
/// <param name="Code">The code of a value that is not of the category.</param>
/// <param name="Pattern">The pattern every value matches, or <see langword="null"/>.</param>
/// <param name="Format">The JSON Schema <c>format</c> that names the category, or <see langword="null"/>.</param>
/// <param name="MaxLength">The most code points a string of the category holds, or <see langword="null"/> for values that are not strings.</param>
/// <param name="LengthIsFormat">Whether a value too long is malformed (its code is <paramref name="Code"/>) rather than <see cref="ValidationCodes.ValueTooLong"/>.</param>
internal sealed record CategoryFacts(string Code, string? Pattern, string? Format, int? MaxLength, bool LengthIsFormat)
{
    private static readonly CategoryFacts[] All = [.. Enum.GetValues<ValueCategory>().Select(Create)];

    /// <summary>Gets the facts of a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Its facts.</returns>
    internal static CategoryFacts Of(ValueCategory category) => All[(int)category];

    private static CategoryFacts Create(ValueCategory category) => category switch
    {
        ValueCategory.Text => new(ValidationCodes.BlankText, WirePatterns.NotBlank, null, WireLimits.TextMaxLength, false),
        ValueCategory.Id or ValueCategory.Topic or ValueCategory.OrganisationReference or ValueCategory.PersonReference
            or ValueCategory.DocumentReference or ValueCategory.ProjectReference or ValueCategory.MediaReference or ValueCategory.EventReference =>
            new(ValidationCodes.InvalidId, WirePatterns.Identifier, null, WireLimits.IdentifierMaxLength, false),
        ValueCategory.CountryCode => new(ValidationCodes.InvalidCountryCode, WirePatterns.CountryCode, null, 2, true),
        ValueCategory.LanguageTag => new(ValidationCodes.InvalidLanguageTag, WirePatterns.LanguageTag, null, WireLimits.LanguageTagMaxLength, false),
        ValueCategory.Email => new(ValidationCodes.InvalidEmail, WirePatterns.Email, "email", WireLimits.EmailMaxLength, true),
        ValueCategory.PhoneNumber => new(ValidationCodes.InvalidPhoneNumber, WirePatterns.PhoneNumber, null, WireLimits.PhoneNumberMaxLength, true),
        ValueCategory.WebLink => new(ValidationCodes.InvalidUrl, WirePatterns.WebLink, "uri", WireLimits.UrlMaxLength, false),
        ValueCategory.SchemaVersion => new(ValidationCodes.UnsupportedSchemaVersion, WirePatterns.SchemaVersion, null, WireLimits.SchemaVersionMaxLength, false),
        // No format for dates and timestamps: generators turn `date` and `date-time` into types of their own
        // (JavaScript's Date, .NET's DateTimeOffset) that lose the offset or the digits written, so a document would
        // not be written back as it was; the pattern says the form.
        ValueCategory.Date => new(ValidationCodes.InvalidDate, WirePatterns.Date, null, 10, true),
        ValueCategory.Timestamp => new(ValidationCodes.InvalidTimestamp, WirePatterns.Timestamp, null, 35, true),
        ValueCategory.PartialDate => new(ValidationCodes.InvalidDate, WirePatterns.PartialDate, null, 10, true),
        ValueCategory.Time => new(ValidationCodes.InvalidTime, WirePatterns.Time, null, 8, true),
        ValueCategory.UtcOffset => new(ValidationCodes.InvalidUtcOffset, WirePatterns.UtcOffset, null, 6, true),
        ValueCategory.Duration => new(ValidationCodes.InvalidDuration, WirePatterns.Duration, null, WireLimits.DurationMaxLength, true),
        ValueCategory.Integer => new(ValidationCodes.InvalidInteger, null, null, null, false),
        ValueCategory.Enumeration => new(ValidationCodes.InvalidEnumValue, null, null, null, false),
        ValueCategory.LocalizedText => new(ValidationCodes.BlankText, null, null, null, false),
        _ => new(ValidationCodes.WrongType, null, null, null, false),
    };
}
