using System.Text;
using System.Text.RegularExpressions;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// The patterns of the wire format's formatted strings. Each is anchored at both ends (<c>\z</c>, so a
/// trailing line feed does not match), names ASCII digits as <c>[0-9]</c> (never <c>\d</c>, which matches
/// other scripts' digits), and runs with a time limit. A match that runs out of time is tried once more, as the
/// first match of a pattern in a process also compiles the pattern's code, which on a busy machine can take
/// longer than the limit (a valid <c>zh-Hans</c> was reported as LMEC209 in about one run in four with six
/// processes on two cores); a match that runs out of time again counts as no match.
/// </summary>
internal static partial class ContentPatterns
{
    private const int TimeoutMilliseconds = 200;

    /// <summary>Gets every pattern, so that a test can see that each has a time limit.</summary>
    internal static IReadOnlyList<Regex> All => [Slug(), Email(), E164(), LanguageTag(), Version1(), Markup()];

    /// <summary>Tells whether a string is an ASCII slug: lower-case letters and digits in groups joined by single hyphens, such as <c>liu-qing</c>.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool IsSlug(string value) => Matches(Slug(), value);

    /// <summary>Tells whether a string is an e-mail address: an ASCII local part, <c>@</c>, and a domain of at least two labels.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool IsEmail(string value) => value.Length <= 254 && Matches(Email(), value);

    /// <summary>Tells whether a string is a number in E.164 form: <c>+</c>, then up to 15 digits, the first not zero.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool IsE164(string value) => Matches(E164(), value);

    /// <summary>Tells whether a string is a well-formed BCP 47 language tag (RFC 5646, section 2.1), such as <c>zh-Hans</c>.</summary>
    /// <param name="value">The string.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    internal static bool IsLanguageTag(string value) =>
        (value.Length is 2 or 3 && Ascii.IsValid(value) && value.AsSpan().IndexOfAnyExceptInRange('a', 'z') < 0) || Matches(LanguageTag(), value);

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

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Slug();

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+\z", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}\z", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex E164();

    // RFC 5646 langtag (language, script, region, variants, extensions, private use), a private-use tag, or a grandfathered tag.
    [GeneratedRegex(
        @"^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[A-WY-Za-wy-z0-9](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?"
        + @"|[Xx](?:-[A-Za-z0-9]{1,8})+"
        + @"|en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE"
        + @"|art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang)\z",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeoutMilliseconds)]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^1\.(?:0|[1-9][0-9]{0,8})\z", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Version1();

    [GeneratedRegex(@"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--[^>]*)>|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[Xx][0-9A-Fa-f]{1,6});", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Markup();
}
