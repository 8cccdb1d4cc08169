using System.Globalization;
using Lmec.Content.Contract;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.SuspiciousCharacter"/>, a warning: a text holds a control, bidirectional
/// override or isolate, zero-width or non-character code point, which may hide or reorder what a reader sees
/// (<see cref="SuspiciousCharacters.FindInText"/>: not the zero-width characters that Khmer, Lao, Burmese, Thai,
/// the joining scripts and emoji use as they should). Each kind found is one finding, naming its code points and
/// their positions, so that an ordinary character early in a text never hides a right-to-left override later in it.
/// A blank text, such as one of zero-width spaces only, is <see cref="ValidationCodes.BlankText"/> instead.
/// </summary>
internal sealed class SuspiciousCharacterRule : ValueRule
{
    // Enough positions to find them; a text with more has a fault no list of positions helps with.
    private const int MaxPositions = 10;

    /// <inheritdoc/>
    public override string Code => ValidationCodes.SuspiciousCharacter;

    /// <inheritdoc/>
    public override ValidationSeverity DefaultSeverity => ValidationSeverity.Warning;

    /// <inheritdoc/>
    internal override bool Handles(ValueCategory category) => category == ValueCategory.Text;

    /// <inheritdoc/>
    internal override void CheckValue(WireMember member, string value, JsonPointerBuilder path, RuleRun run)
    {
        var found = SuspiciousCharacters.FindInText(value);
        if (found is null || WireValues.IsBlank(value))
        {
            return;
        }

        foreach (var kind in Enum.GetValues<SuspiciousCharacterClass>())
        {
            var ofKind = found.FindAll(character => character.Class == kind);
            if (ofKind.Count > 0)
            {
                var codePoints = string.Join(", ", ofKind.Select(static character => character.CodePoint).Distinct().Select(ValidationMessages.CodePoint));
                var positions = string.Join(", ", ofKind.Take(MaxPositions).Select(static character => character.Position.ToString(CultureInfo.InvariantCulture)));
                run.Report(this, path.ToString(), MessageKey(kind), codePoints, ofKind.Count > MaxPositions ? positions + ", …" : positions);
            }
        }
    }

    private static string MessageKey(SuspiciousCharacterClass kind) => kind switch
    {
        SuspiciousCharacterClass.Bidirectional => "LMEC216.bidi",
        SuspiciousCharacterClass.Control => "LMEC216.control",
        SuspiciousCharacterClass.NonCharacter => "LMEC216.nonCharacter",
        _ => ValidationCodes.SuspiciousCharacter,
    };
}
