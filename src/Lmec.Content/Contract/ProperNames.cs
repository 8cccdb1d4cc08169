using System.Collections.Frozen;

namespace Lmec.Content.Contract;

/// <summary>
/// The members of the model that hold proper names, by entity and wire name: the one list of where the rule of the
/// primary language (<see cref="Validation.ValidationCodes.MissingPrimaryLanguage"/>) does not apply. A name is
/// written in the language and script its bearer uses, with or without a romanisation (<c>zh-Latn-pinyin</c>), and a
/// report in one language names people and bodies of another as they call themselves.
/// </summary>
internal static class ProperNames
{
    private static readonly FrozenSet<string> Members = new[]
    {
        "PersonName.familyName",
        "PersonName.givenName",
        "PersonName.asPrinted",
        "Organisation.name",
        "Organisation.aliases",
        "Event.name",
        "Event.aliases",
        "EventSeries.name",
        "EventSeries.aliases",
        "EventRelation.name",
        "Project.name",
        "Project.aliases",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Gets every proper-name member, as <c>Entity.member</c>, such as <c>Organisation.name</c>.</summary>
    internal static IEnumerable<string> All => Members;

    /// <summary>Tells whether a member of an entity holds a proper name.</summary>
    /// <param name="entity">The entity's name, such as <c>Organisation</c>.</param>
    /// <param name="member">The member's wire name, such as <c>name</c>.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    internal static bool Contains(string entity, string member) => Members.Contains(entity + "." + member);
}
