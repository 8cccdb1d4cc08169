using System.Text.Json.Serialization;

namespace Lmec.Content.Model;

/// <summary>
/// A directory of organisations, such as the environment ministries of the Lancang-Mekong countries;
/// the organisations are those the document declares.
/// </summary>
public sealed record OrganisationDirectory : ContentDocument
{
    /// <inheritdoc/>
    [JsonPropertyOrder(-3)]
    public override DocumentKind Kind => DocumentKind.OrganisationDirectory;

    /// <summary>Gets the id of the directory, an ASCII slug.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the title of the directory.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>Gets what the directory lists and for whom.</summary>
    /// <value>The description, or <see langword="null"/>.</value>
    public LocalizedText? Description { get; init; }

    /// <summary>Gets the date on which the entries were known to be correct.</summary>
    /// <value>The date, or <see langword="null"/> when unknown.</value>
    public DateOnly? AsOf { get; init; }

    /// <summary>Gets the id of the organisation that keeps the directory.</summary>
    /// <value>The id, or <see langword="null"/> when not stated.</value>
    public string? PublisherId { get; init; }
}
