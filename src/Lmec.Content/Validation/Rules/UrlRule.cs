using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.InvalidUrl"/>: every URL — a web site, a social account's page, the
/// document's <c>$schema</c> — is a <see cref="WireFormatPatterns.WebLink"/>, as the schemas say: an absolute
/// <c>http</c> or <c>https</c> URL in ASCII with a host, or <c>mailto:</c> and one e-mail address; never
/// <c>javascript:</c>, <c>file:</c>, <c>data:</c> or relative.
/// </summary>
internal sealed class UrlRule : FormatRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.InvalidUrl;

    /// <inheritdoc/>
    protected override ValueRole Role => ValueRole.Url;

    /// <inheritdoc/>
    protected override bool IsValid(string value, ContentRuleContext context) => ContentPatterns.IsWebLink(value);
}
