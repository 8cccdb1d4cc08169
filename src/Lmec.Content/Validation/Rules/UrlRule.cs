using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.InvalidUrl"/>: every URL — a web site, a social account's page, the
/// document's <c>$schema</c> — is absolute, without spaces, and its scheme is <c>http</c> or <c>https</c>
/// with a host, or <c>mailto</c>; never <c>javascript:</c>, <c>file:</c>, <c>data:</c> or relative.
/// </summary>
internal sealed class UrlRule : FormatRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.InvalidUrl;

    /// <inheritdoc/>
    protected override ValueRole Role => ValueRole.Url;

    /// <inheritdoc/>
    protected override bool IsValid(string value, ContentRuleContext context)
    {
        foreach (var character in value)
        {
            if (character <= ' ' || SuspiciousCharacters.IsSuspicious(character))
            {
                return false;
            }
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme switch
        {
            "http" or "https" => uri.Host.Length > 0,
            "mailto" => ContentPatterns.IsEmail(value["mailto:".Length..]),
            _ => false,
        };
    }
}
