using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.InvalidCountryCode"/>: every country code is an assigned ISO 3166-1 alpha-2 code, in upper case.</summary>
internal sealed class CountryCodeRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.InvalidCountryCode;

    /// <inheritdoc/>
    internal override void CheckValue(ValueRole role, string value, JsonPointerBuilder path, ContentRuleContext context)
    {
        if (role == ValueRole.CountryCode && !CountryCodes.IsAssigned(value))
        {
            context.ReportBuiltIn(path.ToString(), Code, ValidationMessages.Display(value));
        }
    }
}
