using Lmec.Content.Contract;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.NonAsciiDigits"/>: a string read as digits — of the categories that reach the rules as
/// strings, a telephone number — is written with the digits of another script, such as <c>+๖๖๒๑๒๓๔๕๖๗</c>. One
/// finding that says to write 0–9, in place of the category's own (<see cref="WireValues.CodeOf"/>); dates,
/// timestamps and integers so written never read, and the structure check reports them with this code.
/// </summary>
internal sealed class NonAsciiDigitsRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.NonAsciiDigits;

    /// <inheritdoc/>
    internal override bool Handles(ValueCategory category) => category == ValueCategory.PhoneNumber;

    /// <inheritdoc/>
    internal override void CheckValue(WireMember member, string value, JsonPointerBuilder path, RuleRun run)
    {
        if (!WireValues.IsValid(member.Category, value) && WireValues.CodeOf(member.Category, value) == Code)
        {
            run.Report(this, path.ToString(), Code, ValidationMessages.Display(value), ValidationMessages.Display(ValidationMessages.WithAsciiDigits(value)));
        }
    }
}
