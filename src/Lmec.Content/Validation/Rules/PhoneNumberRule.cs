using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.InvalidPhoneNumber"/>: every telephone and fax number is in E.164 form.</summary>
internal sealed class PhoneNumberRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.InvalidPhoneNumber;

    /// <inheritdoc/>
    internal override void CheckValue(ValueRole role, string value, JsonPointerBuilder path, ContentRuleContext context)
    {
        if (role == ValueRole.PhoneNumber && !ContentPatterns.IsE164(value))
        {
            context.ReportBuiltIn(path.ToString(), Code, ValidationMessages.Display(value));
        }
    }
}
