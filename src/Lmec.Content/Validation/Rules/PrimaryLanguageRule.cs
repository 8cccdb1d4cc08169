using Lmec.Content.Model;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.MissingPrimaryLanguage"/>: every multilingual text has a text in the document's primary language.</summary>
internal sealed class PrimaryLanguageRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.MissingPrimaryLanguage;

    /// <inheritdoc/>
    internal override bool ChecksTexts => true;

    /// <inheritdoc/>
    internal override void CheckText(LocalizedText text, JsonPointerBuilder path, ContentRuleContext context)
    {
        var language = context.Document.Language;
        if (!text.ContainsKey(language))
        {
            context.ReportBuiltIn(path.ToString(), Code, ValidationMessages.Display(language));
        }
    }
}
