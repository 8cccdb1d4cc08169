namespace Lmec.Content.Model;

/// <summary>An "About" text that a publication prints about an organisation, usually its publisher.</summary>
public sealed record About : ContentObject
{
    /// <summary>Gets the id of the organisation the text is about.</summary>
    public required string OrganisationId { get; init; }

    /// <summary>Gets the text as printed.</summary>
    public required LocalizedText Text { get; init; }
}
