using System.Globalization;
using System.Text;
using Lmec.Content.Contract;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.NotNormalized"/>, a warning: a text is not in Unicode Normalization Form C, as when a
/// Vietnamese name is typed as base letters and combining marks ("Nguyễn" as <c>e</c>, U+0302, U+0303). Such text looks
/// right but does not compare, search or sort equal to the same text composed. The message names the first character
/// that differs from its composed form, its pieces, and what it is composed. The check is .NET's own normalization,
/// which needs the platform's Unicode data (ICU, the browser's in Blazor WebAssembly): with
/// <c>InvariantGlobalization</c> set, .NET treats every text as normalized and the rule finds nothing.
/// </summary>
internal sealed class NotNormalizedRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.NotNormalized;

    /// <inheritdoc/>
    public override ValidationSeverity DefaultSeverity => ValidationSeverity.Warning;

    /// <inheritdoc/>
    internal override bool Handles(ValueCategory category) => category == ValueCategory.Text;

    /// <inheritdoc/>
    internal override void CheckValue(WireMember member, string value, JsonPointerBuilder path, RuleRun run)
    {
        if (Composed(value) is not { } composed)
        {
            return;
        }

        var differs = value.AsSpan().CommonPrefixLength(composed);
        var start = 0;
        var position = 1;
        var length = StringInfo.GetNextTextElementLength(value);
        while (start + length <= differs && start + length < value.Length)
        {
            foreach (var _ in value.AsSpan(start, length).EnumerateRunes())
            {
                position++;
            }

            start += length;
            length = StringInfo.GetNextTextElementLength(value, start);
        }

        var character = value.Substring(start, length);
        run.Report(this, path.ToString(), Code, Pieces(character), position, OneCharacter(character.Normalize(NormalizationForm.FormC)));
    }

    // The text composed, or null when it is composed already or has no normal form: the platform's normalization
    // refuses text with a lone surrogate or a non-character such as U+FFFE (which set depends on the platform), and
    // LMEC011 or LMEC216 reports those.
    private static string? Composed(string value)
    {
        try
        {
            return IsComposedByItsCharacters(value) || value.IsNormalized(NormalizationForm.FormC) ? null : value.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether a text is in Normalization Form C by its characters alone, without asking the platform: every character lies in a
    /// block whose characters are all composed already, combine with nothing before them and have combining class 0
    /// (Latin up to U+02FF, Latin Extended Additional, general punctuation, CJK punctuation and ideographs, full-width
    /// ASCII), so that no sequence of them can change when composed. Most English, Vietnamese and Chinese text is decided here; other
    /// text, and any text with a combining mark, goes to the platform's normalization, whose cost per text is many times this scan's.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text is composed; <see langword="false"/> when its characters alone do not decide it.</returns>
    internal static bool IsComposedByItsCharacters(ReadOnlySpan<char> text)
    {
        // Texts run in one block for long stretches (English in Latin, Chinese in the ideographs): each stretch is
        // skipped with one vectorized search for the first character outside its block.
        while (!text.IsEmpty)
        {
            if (!ComposedBlockOf(text[0], out var first, out var last))
            {
                return false;
            }

            var outside = text.IndexOfAnyExceptInRange(first, last);
            if (outside < 0)
            {
                return true;
            }

            text = text[outside..];
        }

        return true;
    }

    /// <summary>Finds the block, of those <see cref="IsComposedByItsCharacters"/> decides by, that a character lies in.</summary>
    /// <param name="character">The UTF-16 code unit.</param>
    /// <param name="first">The block's first character.</param>
    /// <param name="last">The block's last character.</param>
    /// <returns>Whether the character lies in such a block, every sequence of whose characters is composed.</returns>
    internal static bool ComposedBlockOf(char character, out char first, out char last)
    {
        (first, last) = character switch
        {
            < '\u0300' => ('\0', '\u02FF'),
            >= '\u1E00' and <= '\u1EFF' => ('\u1E00', '\u1EFF'),
            >= '\u2010' and <= '\u2027' => ('\u2010', '\u2027'),
            >= '\u2030' and <= '\u205E' => ('\u2030', '\u205E'),
            >= '\u3000' and <= '\u3029' => ('\u3000', '\u3029'),
            >= '\u3400' and <= '\u4DBF' => ('\u3400', '\u4DBF'),
            >= '\u4E00' and <= '\u9FFF' => ('\u4E00', '\u9FFF'),
            >= '\uFF01' and <= '\uFF5E' => ('\uFF01', '\uFF5E'),
            _ => ('\uFFFF', '\0'),
        };
        return first <= last;
    }

    // Letters as themselves, marks and anything invisible by their code points: e + U+0302 + U+0303.
    private static string Pieces(string character) =>
        string.Join(" + ", character.EnumerateRunes().Select(static rune =>
            Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
                ? ValidationMessages.CodePoint(rune.Value)
                : ValidationMessages.Display(rune.ToString())));

    private static string OneCharacter(string character) =>
        $"{ValidationMessages.Display(character)} ({string.Join(" ", character.EnumerateRunes().Select(static rune => ValidationMessages.CodePoint(rune.Value)))})";
}
