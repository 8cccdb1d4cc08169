using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.UnresolvedOrganisation"/>: every reference to an organisation — a parent,
/// an affiliation, a speaker's organisation, an event's organisations by role, a participant group's
/// organisations, a contact's organisations, the subject of an About text, a publisher, a submitter —
/// names one the document declares.
/// </summary>
internal sealed class OrganisationReferenceRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.UnresolvedOrganisation;

    /// <inheritdoc/>
    internal override void CheckValue(ValueRole role, string value, JsonPointerBuilder path, ContentRuleContext context)
    {
        if (role == ValueRole.OrganisationReference && !context.TryGetOrganisation(value, out _))
        {
            context.ReportBuiltIn(path.ToString(), Code, ValidationMessages.Display(value));
        }
    }
}
