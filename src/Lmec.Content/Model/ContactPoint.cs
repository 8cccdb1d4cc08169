namespace Lmec.Content.Model;

/// <summary>
/// A contact block as a publication prints it, such as "Contact us": the organisations it names and
/// their shared contact details.
/// </summary>
public sealed record ContactPoint : ContentObject
{
    /// <summary>Gets the ids of the organisations the block names, in the order printed.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> OrganisationIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the contact details.</summary>
    public required ContactDetails Details { get; init; }
}
