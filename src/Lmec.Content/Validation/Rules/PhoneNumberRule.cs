using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.InvalidPhoneNumber"/>: every telephone and fax number is in E.164 form.</summary>
internal sealed class PhoneNumberRule : FormatRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.InvalidPhoneNumber;

    /// <inheritdoc/>
    protected override ValueRole Role => ValueRole.PhoneNumber;

    /// <inheritdoc/>
    protected override bool IsValid(string value, ContentRuleContext context) => ContentPatterns.IsE164(value);
}
