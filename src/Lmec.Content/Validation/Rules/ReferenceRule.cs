using Lmec.Content.Contract;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// Every well-formed reference of a category names an entity the document declares: an organisation
/// (<see cref="ValidationCodes.UnresolvedOrganisation"/>) or a person (<see cref="ValidationCodes.UnresolvedPerson"/>).
/// A malformed one is <see cref="IdFormatRule"/>'s, said once.
/// </summary>
/// <param name="category">The category of the references.</param>
/// <param name="code">The code of a reference that names nothing.</param>
/// <param name="toPeople"><see langword="true"/> for references to people, <see langword="false"/> for references to organisations.</param>
internal sealed class ReferenceRule(ValueCategory category, string code, bool toPeople) : ValueRule
{
    /// <summary>Gets the rule of references to organisations.</summary>
    internal static ReferenceRule Organisations { get; } =
        new(ValueCategory.OrganisationReference, ValidationCodes.UnresolvedOrganisation, toPeople: false);

    /// <summary>Gets the rule of references to people.</summary>
    internal static ReferenceRule People { get; } =
        new(ValueCategory.PersonReference, ValidationCodes.UnresolvedPerson, toPeople: true);

    /// <inheritdoc/>
    public override string Code => code;

    /// <inheritdoc/>
    internal override bool Handles(ValueCategory candidate) => candidate == category;

    /// <inheritdoc/>
    internal override void CheckValue(WireMember member, string value, JsonPointerBuilder path, RuleRun run)
    {
        if (WireValues.IsSlug(value) && !(toPeople ? run.Ids.TryGetPerson(value, out _) : run.Ids.TryGetOrganisation(value, out _)))
        {
            run.Report(this, path.ToString(), Code, ValidationMessages.Display(value));
        }
    }
}
