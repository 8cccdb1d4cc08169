using Lmec.Content.Contract;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// Every well-formed reference of a category names an entity the document declares: an organisation
/// (<see cref="ValidationCodes.UnresolvedOrganisation"/>), a person (<see cref="ValidationCodes.UnresolvedPerson"/>),
/// a related document (<see cref="ValidationCodes.UnresolvedDocument"/>), a project
/// (<see cref="ValidationCodes.UnresolvedProject"/>), a media object (<see cref="ValidationCodes.UnresolvedMedia"/>)
/// or an event of the document (<see cref="ValidationCodes.UnresolvedEvent"/>). A malformed one is
/// <see cref="IdFormatRule"/>'s, said once.
/// </summary>
/// <param name="category">The category of the references.</param>
/// <param name="code">The code of a reference that names nothing.</param>
/// <param name="resolves">Whether the document's ids hold an entity of the category with an id.</param>
internal sealed class ReferenceRule(ValueCategory category, string code, Func<IdIndex, string, bool> resolves) : ValueRule
{
    /// <summary>Gets the rule of references to organisations.</summary>
    internal static ReferenceRule Organisations { get; } =
        new(ValueCategory.OrganisationReference, ValidationCodes.UnresolvedOrganisation, static (ids, id) => ids.TryGetOrganisation(id, out _));

    /// <summary>Gets the rule of references to people.</summary>
    internal static ReferenceRule People { get; } =
        new(ValueCategory.PersonReference, ValidationCodes.UnresolvedPerson, static (ids, id) => ids.TryGetPerson(id, out _));

    /// <summary>Gets the rule of references to related documents.</summary>
    internal static ReferenceRule Documents { get; } =
        new(ValueCategory.DocumentReference, ValidationCodes.UnresolvedDocument, static (ids, id) => ids.HasDocument(id));

    /// <summary>Gets the rule of references to projects.</summary>
    internal static ReferenceRule Projects { get; } =
        new(ValueCategory.ProjectReference, ValidationCodes.UnresolvedProject, static (ids, id) => ids.HasProject(id));

    /// <summary>Gets the rule of references to media objects.</summary>
    internal static ReferenceRule Media { get; } =
        new(ValueCategory.MediaReference, ValidationCodes.UnresolvedMedia, static (ids, id) => ids.HasMedia(id));

    /// <summary>Gets the rule of references to events.</summary>
    internal static ReferenceRule Events { get; } =
        new(ValueCategory.EventReference, ValidationCodes.UnresolvedEvent, static (ids, id) => ids.HasEvent(id));

    /// <inheritdoc/>
    public override string Code => code;

    /// <inheritdoc/>
    internal override bool Handles(ValueCategory candidate) => candidate == category;

    /// <inheritdoc/>
    internal override void CheckValue(WireMember member, string value, JsonPointerBuilder path, RuleRun run)
    {
        if (WireValues.IsSlug(value) && !resolves(run.Ids, value))
        {
            run.Report(this, path.ToString(), Code, ValidationMessages.Display(value));
        }
    }
}
