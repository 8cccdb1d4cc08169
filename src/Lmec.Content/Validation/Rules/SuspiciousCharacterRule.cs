using Lmec.Content.Contract;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.SuspiciousCharacter"/>, a warning: a text holds a control, bidirectional
/// override or isolate, zero-width or non-character code point, which may hide or reorder what a reader sees.
/// </summary>
internal sealed class SuspiciousCharacterRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.SuspiciousCharacter;

    /// <inheritdoc/>
    public override ValidationSeverity DefaultSeverity => ValidationSeverity.Warning;

    /// <inheritdoc/>
    internal override bool Handles(ValueCategory category) => category == ValueCategory.Text;

    /// <inheritdoc/>
    internal override void CheckValue(WireMember member, string value, JsonPointerBuilder path, ContentRuleContext context)
    {
        if (SuspiciousCharacters.TryFind(value, out var codePoint))
        {
            context.ReportBuiltIn(path.ToString(), Code, ValidationMessages.CodePoint(codePoint));
        }
    }
}
