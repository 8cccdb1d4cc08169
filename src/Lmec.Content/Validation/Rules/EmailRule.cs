using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.InvalidEmail"/>: every e-mail address is an address, with nothing before or after it.</summary>
internal sealed class EmailRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.InvalidEmail;

    /// <inheritdoc/>
    internal override void CheckValue(ValueRole role, string value, JsonPointerBuilder path, ContentRuleContext context)
    {
        if (role == ValueRole.Email && !ContentPatterns.IsEmail(value))
        {
            context.ReportBuiltIn(path.ToString(), Code, ValidationMessages.Display(value));
        }
    }
}
