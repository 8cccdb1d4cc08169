using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.BlankText"/>: no text is empty or white space only.</summary>
internal sealed class BlankTextRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.BlankText;

    /// <inheritdoc/>
    internal override bool Handles(ValueRole role) => role == ValueRole.Text;

    /// <inheritdoc/>
    internal override void CheckValue(ValueRole role, string value, JsonPointerBuilder path, ContentRuleContext context)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            context.ReportBuiltIn(path.ToString(), Code);
        }
    }
}
