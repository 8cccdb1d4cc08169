using System.Diagnostics.CodeAnalysis;

namespace Lmec.Content.Model;

/// <summary>
/// An event such as a symposium: its theme, the series it belongs to, when and where it was held, who
/// guided, organised and supported it, who took part, its sessions and its outcome.
/// </summary>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Event is the domain term, as in schema.org and the wire format; only Visual Basic reserves it.")]
public sealed record Event : ContentObject
{
    /// <summary>Gets the id of the event, an ASCII slug unique in its document.</summary>
    public required string Id { get; init; }

    /// <summary>Gets what kind of event it is.</summary>
    public required EventKind Kind { get; init; }

    /// <summary>Gets the name of the event.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets the theme of the event.</summary>
    /// <value>The theme, or <see langword="null"/> when it has none apart from its name.</value>
    public LocalizedText? Theme { get; init; }

    /// <summary>Gets the series or programme the event is part of.</summary>
    /// <value>The series, or <see langword="null"/> when the event stands alone.</value>
    public EventSeries? Series { get; init; }

    /// <summary>Gets the first day of the event, or the month or year it started in when the source gives no day.</summary>
    public required PartialDate StartDate { get; init; }

    /// <summary>Gets the last day of the event, or the month or year it ended in when the source gives no day.</summary>
    /// <value>The date, or <see langword="null"/> when the event took one day or its end is not known.</value>
    public PartialDate? EndDate { get; init; }

    /// <summary>Gets where the event was held in person.</summary>
    /// <value>The place, or <see langword="null"/> for an online event or when unknown.</value>
    public Place? Location { get; init; }

    /// <summary>Gets how people took part: in person, online or both.</summary>
    /// <value>The modality, or <see langword="null"/> when unknown.</value>
    public EventModality? Modality { get; init; }

    /// <summary>Gets the organisations that guided, organised, hosted or supported the event, by role.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<OrganisationRole> OrganisationRoles { get; init => field = ContentList.From(value); } = ContentList.Empty<OrganisationRole>();

    /// <summary>Gets the groups of people who took part.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<ParticipantGroup> ParticipantGroups { get; init => field = ContentList.From(value); } = ContentList.Empty<ParticipantGroup>();

    /// <summary>Gets the sessions of the event, such as panel discussions.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<EventSession> Sessions { get; init => field = ContentList.From(value); } = ContentList.Empty<EventSession>();

    /// <summary>Gets what the participants did or discussed, in a few sentences.</summary>
    /// <value>The summary, or <see langword="null"/>.</value>
    public LocalizedText? Summary { get; init; }

    /// <summary>Gets what the participants concluded together.</summary>
    /// <value>The outcome, or <see langword="null"/> when none is reported.</value>
    public EventOutcome? Outcome { get; init; }
}
