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
    internal override void CheckValue(WireMember member, string value, JsonPointerBuilder path, ContentRuleContext context)
    {
        // A lone surrogate, which a model built in code may hold, has no normal form: LMEC011 says so.
        if (value.IsNormalized(NormalizationForm.FormC) || SuspiciousCharacters.HasLoneSurrogate(value))
        {
            return;
        }

        var differs = value.AsSpan().CommonPrefixLength(value.Normalize(NormalizationForm.FormC));
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
        context.ReportBuiltIn(path.ToString(), Code, ValidationMessages.Display(character), position, Pieces(character), Composed(character.Normalize(NormalizationForm.FormC)));
    }

    // Letters as themselves, marks and anything invisible by their code points: e + U+0302 + U+0303.
    private static string Pieces(string character) =>
        string.Join(" + ", character.EnumerateRunes().Select(static rune =>
            Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
                ? ValidationMessages.CodePoint(rune.Value)
                : ValidationMessages.Display(rune.ToString())));

    private static string Composed(string character) =>
        $"{ValidationMessages.Display(character)} ({string.Join(" ", character.EnumerateRunes().Select(static rune => ValidationMessages.CodePoint(rune.Value)))})";
}
