namespace Lmec.Content.Model;

/// <summary>A group of participants of an event, such as representatives of the environment departments of the Mekong countries.</summary>
public sealed record ParticipantGroup : ContentObject
{
    /// <summary>Gets who the group is.</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>Gets how many people the group was, as the source counts them.</summary>
    /// <value>The count, or <see langword="null"/> when not given.</value>
    public Count? Count { get; init; }

    /// <summary>Gets the ids of the organisations the group came from, where the document declares them.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> OrganisationIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the ISO 3166-1 alpha-2 codes of the countries the group came from.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> CountryCodes { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets how the group took part.</summary>
    /// <value>The modality, or <see langword="null"/> when unknown.</value>
    public EventModality? Attendance { get; init; }
}
