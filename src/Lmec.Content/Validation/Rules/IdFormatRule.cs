using Lmec.Content.Contract;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.InvalidId"/>: every id, topic and reference is an ASCII slug; one that holds a
/// control or invisible character says which.
/// </summary>
internal sealed class IdFormatRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.InvalidId;

    /// <inheritdoc/>
    internal override bool Handles(ValueCategory category) =>
        category is ValueCategory.Id or ValueCategory.Topic or ValueCategory.OrganisationReference or ValueCategory.PersonReference
            or ValueCategory.DocumentReference or ValueCategory.ProjectReference or ValueCategory.MediaReference or ValueCategory.EventReference;

    /// <inheritdoc/>
    internal override void CheckValue(WireMember member, string value, JsonPointerBuilder path, RuleRun run)
    {
        if (WireValues.IsSlug(value))
        {
            return;
        }

        if (SuspiciousCharacters.TryFind(value, out var codePoint))
        {
            run.Report(this, path.ToString(), "LMEC215.character", ValidationMessages.Display(value), ValidationMessages.CodePoint(codePoint));
        }
        else
        {
            run.Report(this, path.ToString(), Code, ValidationMessages.Display(value));
        }
    }
}
