namespace Lmec.Content.Tests.Generators;

/// <summary>One to five unknown members to add to a document's JSON.</summary>
/// <param name="Members">The members, in the order to add them.</param>
public sealed record UnknownMemberPlan(IReadOnlyList<UnknownMember> Members)
{
    /// <summary>Lists the members, for FsCheck's report of a failing case.</summary>
    /// <returns>The members.</returns>
    public override string ToString() => string.Join(", ", Members);
}
