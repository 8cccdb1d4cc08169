using System.Text.RegularExpressions;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// The patterns of the wire format's formatted strings, most of them <see cref="WireFormatPatterns"/>, which the
/// published schemas state too. Each is anchored at both ends (so a trailing line feed does not match), names ASCII digits as <c>[0-9]</c> (never <c>\d</c>, which matches
/// other scripts' digits), and runs with a time limit. A match that runs out of time is tried once more, as the
/// first match of a pattern in a process also compiles the pattern's code, which on a busy machine can take
/// longer than the limit (a valid <c>zh-Hans</c> was reported as LMEC209 in about one run in four with six
/// processes on two cores); a match that runs out of time again counts as no match.
/// </summary>
internal static partial class ContentPatterns
{
    private const int TimeoutMilliseconds = 200;

    /// <summary>Gets every pattern, so that a test can see that each has a time limit.</summary>
    internal static IReadOnlyList<Regex> All => [Email(), E164(), WebLink(), LanguageTag(), Version1(), Markup()];

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
    internal static bool IsEmail(string value) => value.Length <= 254 && Matches(Email(), value);

    /// <summary>Tells whether a string is a number in E.164 form: <c>+</c>, then up to 15 digits, the first not zero.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool IsE164(string value) => Matches(E164(), value);

    /// <summary>Tells whether a string is a language tag of the wire format (<see cref="WireFormatPatterns.LanguageTag"/>), such as <c>zh-Hans</c>.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool IsLanguageTag(string value) => IsCommonLanguageTag(value) || Matches(LanguageTag(), value);

    /// <summary>Tells whether a string is a web link (<see cref="WireFormatPatterns.WebLink"/>): <c>http</c>, <c>https</c>, or <c>mailto:</c> and one address.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool IsWebLink(string value) => Matches(WebLink(), value);

    /// <summary>Tells whether a string is a version 1 schema version, <c>1.</c> and a minor version, such as <c>1.0</c>.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool IsVersion1(string value) => Matches(Version1(), value);

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

    [GeneratedRegex(WireFormatPatterns.Email, RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Email();

    [GeneratedRegex(WireFormatPatterns.PhoneNumber, RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex E164();

    [GeneratedRegex(WireFormatPatterns.WebLink, RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex WebLink();

    [GeneratedRegex(WireFormatPatterns.LanguageTag, RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^1\.(?:0|[1-9][0-9]{0,8})\z", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Version1();

    [GeneratedRegex(@"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--[^>]*)>|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[Xx][0-9A-Fa-f]{1,6});", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Markup();
}
