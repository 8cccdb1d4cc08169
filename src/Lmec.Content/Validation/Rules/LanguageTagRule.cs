using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.InvalidLanguageTag"/>: the document's language and the tags of its multilingual texts are well-formed BCP 47 tags.</summary>
internal sealed class LanguageTagRule : FormatRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.InvalidLanguageTag;

    /// <inheritdoc/>
    protected override ValueRole Role => ValueRole.LanguageTag;

    /// <inheritdoc/>
    protected override bool IsValid(string value, ContentRuleContext context) => ContentPatterns.IsLanguageTag(value);
}
