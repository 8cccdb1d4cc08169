namespace Lmec.Content.Model;

/// <summary>A position a person holds or held in an organisation.</summary>
public sealed record Affiliation : ContentObject
{
    /// <summary>Gets the id of the organisation.</summary>
    public required string OrganisationId { get; init; }

    /// <summary>Gets the position, such as <c>programme management officer</c>.</summary>
    /// <value>The position, or <see langword="null"/> when not stated.</value>
    public LocalizedText? Position { get; init; }
}
