using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.PersonRoleNotIdentified"/>: a person's role in an event names the person
/// (<c>personId</c>) or describes who held it (<c>description</c>, such as "Myanmar's Ambassador").
/// </summary>
internal sealed class PersonRoleRule : EventItemRule<PersonRole>
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.PersonRoleNotIdentified;

    /// <inheritdoc/>
    protected override string ListName => "personRoles";

    /// <inheritdoc/>
    protected override IReadOnlyList<PersonRole> ItemsOf(Event happening) => happening.PersonRoles;

    /// <inheritdoc/>
    protected override bool IsBroken(Event happening, PersonRole item) => item is { PersonId: null, Description: null };
}
