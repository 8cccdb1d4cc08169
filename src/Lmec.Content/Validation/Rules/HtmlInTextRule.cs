using Lmec.Content.Contract;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.HtmlInText"/>, a warning: a plain text holds what looks like an HTML tag,
/// comment or character reference. The text is never altered: altering it would lose data and change
/// its digest.
/// </summary>
internal sealed class HtmlInTextRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.HtmlInText;

    /// <inheritdoc/>
    public override ValidationSeverity DefaultSeverity => ValidationSeverity.Warning;

    /// <inheritdoc/>
    internal override bool Handles(ValueCategory category) => category == ValueCategory.Text;

    /// <inheritdoc/>
    internal override void CheckValue(WireMember member, string value, JsonPointerBuilder path, RuleRun run)
    {
        if (WireValues.FindMarkup(value) is { } markup)
        {
            run.Report(this, path.ToString(), Code, ValidationMessages.Display(markup));
        }
    }
}
