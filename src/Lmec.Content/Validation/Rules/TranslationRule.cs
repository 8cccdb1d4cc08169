using Lmec.Content.Contract;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.InvalidTranslation"/>: a translation of an article's texts names a language other than
/// the one it was translated from, and one the document's texts are written in (tags compared without regard to
/// case). What can be checked is only that: whether a text was in truth translated, the document cannot tell. A tag
/// that is not well formed is left to <see cref="ValidationCodes.InvalidLanguageTag"/>.
/// </summary>
internal sealed class TranslationRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.InvalidTranslation;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        foreach (var location in ArticleLocation.Of(document))
        {
            var translations = location.Article.Translations;
            for (var index = 0; index < translations.Count; index++)
            {
                var translation = translations[index];
                if (!WireValues.IsValid(ValueCategory.LanguageTag, translation.Language) || !WireValues.IsValid(ValueCategory.LanguageTag, translation.From))
                {
                    continue;
                }

                if (string.Equals(translation.Language, translation.From, StringComparison.OrdinalIgnoreCase))
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + "/translations", index) + "/from", Code, ValidationMessages.Display(translation.Language));
                }
                // The headline most often has the translated text; only otherwise are the document's texts counted, in a walk of their own.
                else if (!location.Article.Headline.ContainsKey(translation.Language) && context.Run.TextLanguages is var used && !used.Contains(translation.Language, StringComparer.OrdinalIgnoreCase))
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + "/translations", index) + "/language", "LMEC236.unused", ValidationMessages.Display(translation.Language), string.Join(", ", used.Select(ValidationMessages.Display)));
                }
            }
        }
    }
}
