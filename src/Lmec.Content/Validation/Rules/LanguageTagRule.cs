using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.InvalidLanguageTag"/>: the document's language and the tags of its multilingual texts are well-formed BCP 47 tags.</summary>
internal sealed class LanguageTagRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.InvalidLanguageTag;

    /// <inheritdoc/>
    internal override void CheckValue(ValueRole role, string value, JsonPointerBuilder path, ContentRuleContext context)
    {
        if (role == ValueRole.LanguageTag && !ContentPatterns.IsLanguageTag(value))
        {
            context.ReportBuiltIn(path.ToString(), Code, ValidationMessages.Display(value));
        }
    }
}
