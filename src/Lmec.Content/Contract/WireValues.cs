using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Lmec.Content.Validation;

namespace Lmec.Content.Contract;

/// <summary>
/// The checks of the wire format's values, by category (<see cref="IsValid"/>): the patterns of
/// <see cref="WirePatterns"/>, which the published schemas state too, and the checks that need no pattern. Each
/// pattern is anchored at both ends (so a trailing line feed does not match), names ASCII digits as <c>[0-9]</c>
/// (never <c>\d</c>, which matches other scripts' digits), and runs with a time limit. A match that runs out of time
/// is tried once more, as the first match of a pattern in a process also compiles the pattern's code, which on a
/// busy machine can take longer than the limit (a valid <c>zh-Hans</c> was reported as LMEC209 in about one run in
/// four with six processes on two cores); a match that runs out of time again counts as no match.
/// </summary>
public static partial class WireValues
{
    private const int TimeoutMilliseconds = 200;

    private static readonly SearchValues<char> AsciiLettersAndDigits = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly string[] TimestampFormats = ["yyyy'-'MM'-'dd'T'HH':'mm':'ssK", "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'FFFFFFFK"];

    /// <summary>Gets every pattern, so that a test can see that each has a time limit.</summary>
    internal static IReadOnlyList<Regex> All => [NotBlank(), Email(), WebLink(), LanguageTag(), Version1(), Timestamp(), Duration(), Markup()];

    /// <summary>Tells whether a string is an ASCII slug: lower-case letters and digits in groups joined by single hyphens, such as <c>liu-qing</c>.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    /// <remarks>Checked without a pattern: every id and topic is a slug, and there are many of them.</remarks>
    internal static bool IsSlug(string value)
    {
        // Starting as if after a hyphen rejects a leading hyphen and the empty string alike.
        var previous = '-';
        foreach (var character in value)
        {
            if (character == '-' ? previous == '-' : !char.IsAsciiLetterLower(character) && !char.IsAsciiDigit(character))
            {
                return false;
            }

            previous = character;
        }

        return previous != '-';
    }

    /// <summary>Tells whether a string is an e-mail address: an ASCII local part, <c>@</c>, and a domain of at least two labels.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool IsEmail(string value) => value.Length <= WireLimits.EmailMaxLength && Matches(Email(), value);

    /// <summary>Tells whether a string is a number in E.164 form: <c>+</c>, then up to 15 digits, the first not zero.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    /// <remarks>
    /// Checked without a pattern, as what <see cref="WirePatterns.PhoneNumber"/> accepts (a test holds the two together):
    /// documents hold many numbers, and a match of a pattern with a time limit costs more in setting up its timer than the
    /// few characters of a number take to check.
    /// </remarks>
    internal static bool IsE164(string value) =>
        value.Length is >= 3 and <= 16 && value[0] == '+' && value[1] is >= '1' and <= '9' && !value.AsSpan(2).ContainsAnyExceptInRange('0', '9');

    /// <summary>Tells whether a string is a language tag of the wire format (<see cref="WirePatterns.LanguageTag"/>), such as <c>zh-Hans</c>.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool IsLanguageTag(string value) => IsCommonLanguageTag(value) || Matches(LanguageTag(), value);

    /// <summary>Tells whether a string is a web link (<see cref="WirePatterns.WebLink"/>): <c>http</c>, <c>https</c>, or <c>mailto:</c> and one address.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool IsWebLink(string value) => Matches(WebLink(), value);

    /// <summary>Tells whether a string is a version 1 schema version, <c>1.</c> and a minor version, such as <c>1.0</c>.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool IsVersion1(string value) => Matches(Version1(), value);

    /// <summary>Tells whether a string is a value of a category: what its pattern (<see cref="WirePatterns"/>) accepts.</summary>
    /// <param name="category">The category.</param>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one; always for a category that holds no strings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static bool IsValid(ValueCategory category, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return category switch
        {
            ValueCategory.Text => !IsBlank(value),
            ValueCategory.Id or ValueCategory.Topic or ValueCategory.OrganisationReference or ValueCategory.PersonReference
                or ValueCategory.DocumentReference or ValueCategory.ProjectReference or ValueCategory.MediaReference or ValueCategory.EventReference => IsSlug(value),
            ValueCategory.CountryCode => IsCountryCode(value),
            ValueCategory.LanguageTag => IsLanguageTag(value),
            ValueCategory.Email => IsEmail(value),
            ValueCategory.PhoneNumber => IsE164(value),
            ValueCategory.WebLink => IsWebLink(value),
            ValueCategory.SchemaVersion => IsVersion1(value),
            ValueCategory.Date => TryParseDate(value, out _),
            ValueCategory.Timestamp => IsTimestamp(value),
            ValueCategory.PartialDate => Model.PartialDate.TryParse(value, out _),
            ValueCategory.Time => TryParseTime(value, out _),
            ValueCategory.UtcOffset => IsUtcOffset(value),
            ValueCategory.Duration => IsDuration(value),
            _ => true,
        };
    }

    /// <summary>
    /// Gives the code of a string that is not a value of its category (<see cref="IsValid"/> is
    /// <see langword="false"/>): <see cref="ValidationCodes.NonAsciiDigits"/> when the category is read as digits — a
    /// date, a timestamp, an integer, a telephone number — and the string holds a decimal digit of another script,
    /// such as Thai ๒๕๖๖ (one finding that says to write 0–9, rather than one about the form); otherwise the
    /// category's own code, such as <see cref="ValidationCodes.InvalidDate"/>. The typed validation and the schema
    /// check both take the code from here.
    /// </summary>
    /// <param name="category">The category.</param>
    /// <param name="value">The string.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static string CodeOf(ValueCategory category, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return category is ValueCategory.Date or ValueCategory.Timestamp or ValueCategory.Integer or ValueCategory.PhoneNumber
                or ValueCategory.PartialDate or ValueCategory.Time or ValueCategory.UtcOffset or ValueCategory.Duration
            && HasNonAsciiDigits(value)
            ? ValidationCodes.NonAsciiDigits
            : CategoryFacts.Of(category).Code;
    }

    // Decimal digits (Nd) other than 0–9: Thai, Lao, Myanmar, Khmer, Arabic-Indic, full-width and the rest. Digits
    // outside the Basic Multilingual Plane are left to the category's own code.
    private static bool HasNonAsciiDigits(string value)
    {
        foreach (var character in value)
        {
            if (char.IsDigit(character) && !char.IsAsciiDigit(character))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether a string is blank: empty, or white space and invisible characters only (<see cref="WirePatterns.NotBlank"/> finds nothing).</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is blank.</returns>
    /// <remarks>
    /// Nearly every text holds an ASCII letter or digit or a Han character, none of which the pattern counts as blank:
    /// one vectorized search finds one, and only the texts without any go to the pattern.
    /// </remarks>
    internal static bool IsBlank(string value) => !HoldsNeverBlank(value) && !Matches(NotBlank(), value);

    /// <summary>Tells whether a text holds a character that <see cref="WirePatterns.NotBlank"/> always matches, so that it is not blank.</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> when it holds an ASCII letter or digit or a CJK unified ideograph (U+4E00–U+9FFF).</returns>
    internal static bool HoldsNeverBlank(ReadOnlySpan<char> value) =>
        !value.IsEmpty && (IsNeverBlank(value[0]) || value.ContainsAny(AsciiLettersAndDigits) || value.ContainsAnyInRange('\u4E00', '\u9FFF'));

    // The characters HoldsNeverBlank looks for, the first character alone: most texts are decided by it.
    private static bool IsNeverBlank(char character) => char.IsAsciiLetterOrDigit(character) || character is >= '\u4E00' and <= '\u9FFF';

    /// <summary>Tells whether a string is a date of <see cref="WirePatterns.Date"/>: <c>yyyy-MM-dd</c> in ASCII digits, a day that exists.</summary>
    /// <param name="value">The string.</param>
    /// <param name="date">The date, when it is one.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool TryParseDate(string? value, out DateOnly date)
    {
        date = default;
        return value is { Length: 10 }
            && value.AsSpan().IndexOfAnyExceptInRange('-', '9') < 0
            && DateOnly.TryParseExact(value, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Tells whether a string is a time of day of <see cref="WirePatterns.Time"/>: <c>HH:mm</c> or <c>HH:mm:ss</c> in ASCII digits, 24-hour clock.</summary>
    /// <param name="value">The string.</param>
    /// <param name="time">The time, when it is one.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool TryParseTime(string? value, out TimeOnly time)
    {
        time = default;
        return value is { Length: 5 or 8 }
            && value.AsSpan().IndexOfAnyExceptInRange('0', ':') < 0
            && TimeOnly.TryParseExact(value, value.Length == 5 ? "HH':'mm" : "HH':'mm':'ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    /// <summary>Tells whether a string is an offset from UTC of <see cref="WirePatterns.UtcOffset"/>: <c>Z</c>, or a sign and <c>HH:mm</c> from 00:00 to 14:00.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    /// <remarks>Checked without a pattern, as what the pattern accepts (a test holds the two together): six characters need no timer.</remarks>
    internal static bool IsUtcOffset(string value)
    {
        if (value == "Z")
        {
            return true;
        }

        if (value is not [('+' or '-'), _, _, ':', _, _] || !char.IsAsciiDigit(value[1]) || !char.IsAsciiDigit(value[2])
            || value[4] is < '0' or > '5' || !char.IsAsciiDigit(value[5]))
        {
            return false;
        }

        var minutes = ((((value[1] - '0') * 10) + (value[2] - '0')) * 60) + ((value[4] - '0') * 10) + (value[5] - '0');
        return minutes <= 14 * 60;
    }

    /// <summary>Tells whether a string is an ISO 8601 duration of <see cref="WirePatterns.Duration"/>, such as <c>PT3H</c> or <c>P0.5D</c>.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool IsDuration(string value) => value.Length <= WireLimits.DurationMaxLength && Matches(Duration(), value);

    /// <summary>Tells whether a string has the form of <see cref="WirePatterns.Timestamp"/>, whatever instant it names.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it has.</returns>
    internal static bool IsTimestamp(string value) => Matches(Timestamp(), value);

    /// <summary>
    /// Reads a timestamp of <see cref="WirePatterns.Timestamp"/> whose instant lies within the years 0001 to 9999 in
    /// UTC, which is all a <see cref="DateTimeOffset"/> holds (the one rule of timestamps a pattern cannot state).
    /// </summary>
    /// <param name="value">The string.</param>
    /// <param name="timestamp">The timestamp, when it is one.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool TryParseTimestamp(string? value, out DateTimeOffset timestamp)
    {
        timestamp = default;
        return value is not null
            && IsTimestamp(value)
            && DateTimeOffset.TryParseExact(value, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out timestamp);
    }

    /// <summary>Tells whether a string is an assigned ISO 3166-1 alpha-2 country code in upper case (<see cref="WirePatterns.CountryCode"/>).</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool IsCountryCode(string value) => CountryCodes.IsAssigned(value);

    /// <summary>Tells whether a number is an integer in the sense of JSON Schema: its value is whole, however it is written (<c>6</c>, <c>6.0</c>, <c>6e0</c>).</summary>
    /// <param name="number">The number's value.</param>
    /// <returns><see langword="true"/> when it is whole.</returns>
    public static bool IsWhole(double number) => double.IsFinite(number) && Math.Floor(number) == number;

    /// <summary>Finds the first thing in a text that looks like HTML: a tag, a comment or a character reference.</summary>
    /// <param name="value">The text.</param>
    /// <returns>What was found, or <see langword="null"/>.</returns>
    internal static string? FindMarkup(string value)
    {
        if (value.AsSpan().IndexOfAny('<', '&') < 0)
        {
            return null;
        }

        var match = WithinTime(value, static text => Markup().Match(text));
        return match is { Success: true } ? match.Value : null;
    }

    /// <summary>
    /// Tells whether a tag has one of the shapes nearly every document uses — a language, perhaps a
    /// script, perhaps a region: <c>en</c>, <c>zh-Hans</c>, <c>pt-BR</c>, <c>zh-Hans-CN</c>, <c>es-419</c> —
    /// all of which the pattern accepts, so that the common tags need no pattern.
    /// </summary>
    private static bool IsCommonLanguageTag(ReadOnlySpan<char> tag)
    {
        var end = tag.IndexOf('-');
        var language = end < 0 ? tag : tag[..end];
        if (language.Length is not (2 or 3) || !IsAsciiLetters(language))
        {
            return false;
        }

        var rest = tag[language.Length..];
        if (rest is ['-', _, _, _, _, ..] && (rest.Length == 5 || rest[5] == '-') && IsAsciiLetters(rest[1..5]))
        {
            rest = rest[5..];
        }

        return rest.IsEmpty
            || (rest is ['-', _, _] && IsAsciiLetters(rest[1..]))
            || (rest is ['-', _, _, _] && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[3]));
    }

    private static bool IsAsciiLetters(ReadOnlySpan<char> value)
    {
        foreach (var character in value)
        {
            if (!char.IsAsciiLetter(character))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(Regex pattern, string value) =>
        WithinTime((pattern, value), static state => state.pattern.IsMatch(state.value));

    private static TResult? WithinTime<TState, TResult>(TState state, Func<TState, TResult> match)
    {
        try
        {
            return match(state);
        }
        catch (RegexMatchTimeoutException)
        {
            try
            {
                return match(state);
            }
            catch (RegexMatchTimeoutException)
            {
                return default;
            }
        }
    }

    [GeneratedRegex(WirePatterns.NotBlank, RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex NotBlank();

    [GeneratedRegex(WirePatterns.Email, RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Email();

    [GeneratedRegex(WirePatterns.WebLink, RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex WebLink();

    [GeneratedRegex(WirePatterns.Timestamp, RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Timestamp();

    [GeneratedRegex(WirePatterns.Duration, RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Duration();

    [GeneratedRegex(WirePatterns.LanguageTag, RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex LanguageTag();

    [GeneratedRegex(WirePatterns.SchemaVersion, RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Version1();

    [GeneratedRegex(@"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--[^>]*)>|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[Xx][0-9A-Fa-f]{1,6});", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Markup();
}
