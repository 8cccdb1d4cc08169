using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.UnresolvedOrganisation"/>: every reference to an organisation — a parent,
/// an affiliation, a speaker's organisation, an event's organisations by role, a participant group's
/// organisations, a contact's organisations, the subject of an About text, a publisher, a submitter —
/// names one the document declares.
/// </summary>
internal sealed class OrganisationReferenceRule : FormatRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.UnresolvedOrganisation;

    /// <inheritdoc/>
    protected override ValueRole Role => ValueRole.OrganisationReference;

    /// <inheritdoc/>
    protected override bool IsValid(string value, ContentRuleContext context) => context.TryGetOrganisation(value, out _);
}
