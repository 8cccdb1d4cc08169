using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.BlankText"/>: no text is empty or white space only (<see cref="WirePatterns.NotBlank"/>), and no multilingual text is without a language.</summary>
internal sealed class BlankTextRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.BlankText;

    /// <inheritdoc/>
    internal override bool Handles(ValueCategory category) => category == ValueCategory.Text;

    /// <inheritdoc/>
    internal override bool ChecksTexts => true;

    /// <inheritdoc/>
    internal override void CheckValue(WireMember member, string value, JsonPointerBuilder path, RuleRun run)
    {
        if (WireValues.IsBlank(value))
        {
            run.Report(this, path.ToString(), Code);
        }
    }

    /// <inheritdoc/>
    internal override void CheckText(WireMember member, LocalizedText text, JsonPointerBuilder path, RuleRun run)
    {
        if (text.Count == 0)
        {
            run.Report(this, path.ToString(), "LMEC214.noLanguage");
        }
    }
}
