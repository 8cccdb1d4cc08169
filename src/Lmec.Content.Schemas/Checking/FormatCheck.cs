using System.Globalization;
using System.Text.RegularExpressions;
using Lmec.Content.Serialization;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Lmec.Content.Schemas.Checking;

/// <summary>
/// A <c>format</c> check that replaces NJsonSchema's own, which accepts dates such as <c>2023-6-25</c>,
/// timestamps without an offset and any absolute URI. These accept what the model reads and nothing else.
/// </summary>
internal sealed class FormatCheck : IFormatValidator
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Email = new(WireFormat.EmailPattern, RegexOptions.CultureInvariant, RegexTimeout);

    private readonly Func<string, bool> _isValid;

    private FormatCheck(string format, ValidationErrorKind kind, Func<string, bool> isValid)
    {
        Format = format;
        ValidationErrorKind = kind;
        _isValid = isValid;
    }

    /// <summary>Gets the checks of every format the published schemas use: <c>date</c>, <c>date-time</c>, <c>email</c> and <c>uri</c>.</summary>
    internal static IReadOnlyList<IFormatValidator> All { get; } =
    [
        new FormatCheck("date", ValidationErrorKind.DateExpected, IsDate),
        new FormatCheck("date-time", ValidationErrorKind.DateTimeExpected, IsTimestamp),
        new FormatCheck("email", ValidationErrorKind.EmailExpected, IsEmail),
        new FormatCheck("uri", ValidationErrorKind.UriExpected, IsUrl),
    ];

    /// <inheritdoc/>
    public string Format { get; }

    /// <inheritdoc/>
    public ValidationErrorKind ValidationErrorKind { get; }

    /// <inheritdoc/>
    public bool IsValid(string value, JTokenType tokenType) => value is not null && _isValid(value);

    /// <summary>Checks a date: <c>yyyy-MM-dd</c> in ASCII digits, a day that exists (no 30 February).</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> for a date.</returns>
    internal static bool IsDate(string value) =>
        value.Length == 10 && IsAscii(value) && DateOnly.TryParseExact(value, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>Checks a timestamp as the model reads it: RFC 3339 with an offset, no leap second.</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> for a timestamp with an offset.</returns>
    internal static bool IsTimestamp(string value) => IsAscii(value) && TimestampConverter.TryParse(value, out _);

    /// <summary>Checks an e-mail address: the dot-atom form at a domain of ASCII labels.</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> for an e-mail address.</returns>
    internal static bool IsEmail(string value)
    {
        try
        {
            return Email.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Checks a URL: absolute, ASCII, well-formed, with the scheme <c>http</c> or <c>https</c> and a host, or <c>mailto</c>.</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> for such a URL.</returns>
    internal static bool IsUrl(string value) =>
        IsAscii(value)
        && Uri.IsWellFormedUriString(value, UriKind.Absolute)
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (((uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0) || uri.Scheme == Uri.UriSchemeMailto);

    private static bool IsAscii(string value) => value.AsSpan().IndexOfAnyExceptInRange((char)0x21, (char)0x7E) < 0;
}
