using Lmec.Content.Contract;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.InvalidInteger"/>: every integer lies in its member's range
/// (<see cref="WireMember.Minimum"/> to <see cref="WireMember.Maximum"/>), as the schemas' <c>minimum</c> and <c>maximum</c> say.
/// </summary>
internal sealed class IntegerRangeRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.InvalidInteger;

    /// <inheritdoc/>
    internal override bool ChecksIntegers => true;

    /// <inheritdoc/>
    internal override void CheckInteger(WireMember member, long value, JsonPointerBuilder path, RuleRun run)
    {
        if (!member.IsInRange(value))
        {
            run.Report(this, path.ToString(), "LMEC108.range", value, member.Minimum, member.Maximum);
        }
    }
}
