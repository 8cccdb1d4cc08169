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
            return value.IsNormalized(NormalizationForm.FormC) ? null : value.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return null;
        }
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
