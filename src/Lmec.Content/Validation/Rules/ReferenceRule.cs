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
/// <param name="resolves">Tells whether the document declares an entity of an id.</param>
internal sealed class ReferenceRule(ValueCategory category, string code, Func<ContentRuleContext, string, bool> resolves) : ValueRule
{
    /// <summary>Gets the rule of references to organisations.</summary>
    internal static ReferenceRule Organisations { get; } =
        new(ValueCategory.OrganisationReference, ValidationCodes.UnresolvedOrganisation, static (context, id) => context.TryGetOrganisation(id, out _));

    /// <summary>Gets the rule of references to people.</summary>
    internal static ReferenceRule People { get; } =
        new(ValueCategory.PersonReference, ValidationCodes.UnresolvedPerson, static (context, id) => context.TryGetPerson(id, out _));

    /// <inheritdoc/>
    public override string Code => code;

    /// <inheritdoc/>
    internal override bool Handles(ValueCategory candidate) => candidate == category;

    /// <inheritdoc/>
    internal override void CheckValue(WireMember member, string value, JsonPointerBuilder path, ContentRuleContext context)
    {
        if (WireValues.IsSlug(value) && !resolves(context, value))
        {
            context.ReportBuiltIn(path.ToString(), Code, ValidationMessages.Display(value));
        }
    }
}
