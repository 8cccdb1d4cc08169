using Lmec.Content.Contract;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Lmec.Content.Schemas.Checking;

/// <summary>
/// A <c>format</c> check that replaces NJsonSchema's own, which accepts any absolute URI. Each accepts what the pattern of the same member accepts (the wire
/// contract's check of the category), so that the verdict is the pattern's, as in every validator that asserts
/// formats and every one that does not.
/// </summary>
internal sealed class FormatCheck : IFormatValidator
{
    private readonly ValueCategory _category;

    private FormatCheck(string format, ValidationErrorKind kind, ValueCategory category)
    {
        Format = format;
        ValidationErrorKind = kind;
        _category = category;
    }

    /// <summary>Gets the checks of every format the published schemas use: <c>email</c> and <c>uri</c>.</summary>
    internal static IReadOnlyList<IFormatValidator> All { get; } =
    [
        new FormatCheck("email", ValidationErrorKind.EmailExpected, ValueCategory.Email),
        new FormatCheck("uri", ValidationErrorKind.UriExpected, ValueCategory.WebLink),
    ];

    /// <inheritdoc/>
    public string Format { get; }

    /// <inheritdoc/>
    public ValidationErrorKind ValidationErrorKind { get; }

    /// <inheritdoc/>
    public bool IsValid(string value, JTokenType tokenType) => value is not null && WireValues.IsValid(_category, value);
}
