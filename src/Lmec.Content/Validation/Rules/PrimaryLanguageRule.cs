using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.MissingPrimaryLanguage"/>: every multilingual text has a text in the document's primary
/// language, except a name (<see cref="WireMember.IsProperName"/>), which may be given in its own language alone. One cause gives one finding: a <c>language</c> that is not a well-formed tag is reported by
/// <see cref="ValidationCodes.InvalidLanguageTag"/> alone; one that no text of the document is written in is reported
/// once, at <c>/language</c>, naming the languages the texts are in; a text with no language at all
/// (<see cref="ValidationCodes.BlankText"/>) or with a tag that is not well formed (<see cref="ValidationCodes.InvalidLanguageTag"/>,
/// likely the primary language misspelt) is left to that finding.
/// </summary>
internal sealed class PrimaryLanguageRule : ValueRule
{
    private const string LanguagePointer = "/language";

    /// <inheritdoc/>
    public override string Code => ValidationCodes.MissingPrimaryLanguage;

    /// <inheritdoc/>
    internal override bool ChecksTexts => true;

    /// <inheritdoc/>
    internal override void CheckText(WireMember member, LocalizedText text, JsonPointerBuilder path, RuleRun run)
    {
        var language = run.Document.Language;
        if (member.IsProperName || text.Count == 0 || text.ContainsKey(language) || !WireValues.IsValid(ValueCategory.LanguageTag, language) ||
            text.Keys.Any(static tag => !WireValues.IsValid(ValueCategory.LanguageTag, tag)))
        {
            return;
        }

        var used = run.TextLanguages;
        if (used.Contains(language, StringComparer.OrdinalIgnoreCase))
        {
            run.Report(this, path.ToString(), Code, ValidationMessages.Display(language));
        }
        else if (!run.Findings.Contains(Code, LanguagePointer))
        {
            run.Report(this, LanguagePointer, "LMEC208.none", ValidationMessages.Display(language), string.Join(", ", used.Select(ValidationMessages.Display)), ValidationMessages.Display(used[0]));
        }
    }
}
