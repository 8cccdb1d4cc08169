using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.InvalidEmail"/>: every e-mail address is an address, with nothing before or after it.</summary>
internal sealed class EmailRule : FormatRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.InvalidEmail;

    /// <inheritdoc/>
    protected override ValueRole Role => ValueRole.Email;

    /// <inheritdoc/>
    protected override bool IsValid(string value, ContentRuleContext context) => ContentPatterns.IsEmail(value);
}
