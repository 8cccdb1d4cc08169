using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.InvalidCountryCode"/>: every country code is an assigned ISO 3166-1 alpha-2 code, in upper case.</summary>
internal sealed class CountryCodeRule : FormatRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.InvalidCountryCode;

    /// <inheritdoc/>
    protected override ValueRole Role => ValueRole.CountryCode;

    /// <inheritdoc/>
    protected override bool IsValid(string value, ContentRuleContext context) => CountryCodes.IsAssigned(value);
}
