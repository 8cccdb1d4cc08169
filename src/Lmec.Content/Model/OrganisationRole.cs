namespace Lmec.Content.Model;

/// <summary>The organisations that played one role in an event, such as the organisers.</summary>
public sealed record OrganisationRole : ContentObject
{
    /// <summary>Gets the role.</summary>
    public required OrganisationRoleKind Role { get; init; }

    /// <summary>
    /// Gets the ids of the organisations in that role, in the order named. Two ids may name one body
    /// known under two names, as a centre hosted by another.
    /// </summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> OrganisationIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();
}
