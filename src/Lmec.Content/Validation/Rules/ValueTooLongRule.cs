using Lmec.Content.Contract;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.ValueTooLong"/>: a string holds more Unicode code points than its member allows
/// (<see cref="WireMember.MaxLength"/>), as the schemas' <c>maxLength</c> says.
/// </summary>
internal sealed class ValueTooLongRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.ValueTooLong;

    /// <inheritdoc/>
    internal override bool ChecksLengths => true;

    /// <inheritdoc/>
    internal override void CheckLength(WireMember member, string value, JsonPointerBuilder path, RuleRun run)
    {
        // Country codes, E.164 numbers and e-mail addresses have forms that bound them to the same length: a
        // longer one is already an error of its form (its LengthCode), said once by FormatRule.
        if (member.LengthCode != Code)
        {
            return;
        }

        // Code points, as JSON Schema counts them: a character outside the BMP is one, not two UTF-16 units.
        var length = CodePoints(value);
        if (length > member.MaxLength)
        {
            run.Report(this, path.ToString(), Code, length, member.MaxLength);
        }
    }

    private static int CodePoints(string value)
    {
        var count = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
