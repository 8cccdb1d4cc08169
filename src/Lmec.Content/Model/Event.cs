using System.Diagnostics.CodeAnalysis;

namespace Lmec.Content.Model;

/// <summary>
/// An event such as a symposium: its theme, the series it belongs to, when and where it was held, who
/// guided, organised and supported it, who took part, its sessions and its outcome.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "id": "meeting-beijing-2023-12",
///   "kind": "meeting",
///   "edition": 2,
///   "startDate": "2023-12-05",
///   "endDate": "2023-12-07",
///   "days": ["2023-12-05", "2023-12-07"],
///   "startTime": "09:00",
///   "utcOffset": "+08:00",
///   "location": { "locality": { "en": "Beijing" }, "countryCode": "CN" },
///   "hostCountryCode": "CN",
///   "personRoles": [{ "role": "coChair", "description": { "en": "the Lao co-chair" }, "countryCode": "LA" }]
/// }
/// </code>
/// </example>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Event is the domain term, as in schema.org and the wire format; only Visual Basic reserves it.")]
public sealed record Event : ContentObject
{
    /// <summary>Gets the id of the event, an ASCII slug unique in its document.</summary>
    public required string Id { get; init; }

    /// <summary>Gets what kind of event it is.</summary>
    public required EventKind Kind { get; init; }

    /// <summary>Gets the name of the event.</summary>
    /// <value>The name, or <see langword="null"/> when the source gives none: a kind, a date and a place identify "a meeting in Beijing".</value>
    public LocalizedText? Name { get; init; }

    /// <summary>Gets other names and spellings the event is written under.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<LocalizedText> Aliases { get; init => field = ContentList.From(value); } = ContentList.Empty<LocalizedText>();

    /// <summary>Gets the number of the edition, such as 2 for "the second" meeting of a series.</summary>
    /// <value>The number, 1 or more, or <see langword="null"/> when not given.</value>
    public int? Edition { get; init; }

    /// <summary>Gets the theme of the event.</summary>
    /// <value>The theme, or <see langword="null"/> when it has none apart from its name.</value>
    public LocalizedText? Theme { get; init; }

    /// <summary>Gets the series and programmes the event is part of, such as a cooperation week and a programme.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty, for an event that stands alone.</value>
    public IReadOnlyList<EventSeries> Series { get; init => field = ContentList.From(value); } = ContentList.Empty<EventSeries>();

    /// <summary>Gets the aims or objectives of the event.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<LocalizedText> Aims { get; init => field = ContentList.From(value); } = ContentList.Empty<LocalizedText>();

    /// <summary>Gets the first day of the event, or the month or year it started in when the source gives no day.</summary>
    public required PartialDate StartDate { get; init; }

    /// <summary>Gets the last day of the event, or the month or year it ended in when the source gives no day.</summary>
    /// <value>The date, or <see langword="null"/> when the event took one day or its end is not known.</value>
    public PartialDate? EndDate { get; init; }

    /// <summary>Gets the days the event was held on, when they are not every day from its start to its end, as "on 5 and 7 December".</summary>
    /// <value>Never <see langword="null"/>; the default value is empty: every day from the start to the end. The days lie within them, in increasing order.</value>
    public IReadOnlyList<DateOnly> Days { get; init => field = ContentList.From(value); } = ContentList.Empty<DateOnly>();

    /// <summary>Gets the time of day the event started, local to where it was held.</summary>
    /// <value>The time, or <see langword="null"/> when not reported.</value>
    public TimeOnly? StartTime { get; init; }

    /// <summary>Gets the time of day the event ended, local to where it was held.</summary>
    /// <value>The time, or <see langword="null"/> when not reported.</value>
    public TimeOnly? EndTime { get; init; }

    /// <summary>Gets the offset from UTC of the event's times, such as <c>+07:00</c> for Bangkok or Hanoi.</summary>
    /// <value>The offset, <c>Z</c> or from <c>-14:00</c> to <c>+14:00</c>, or <see langword="null"/> when not given.</value>
    public string? UtcOffset { get; init; }

    /// <summary>Gets how long the event took, an ISO 8601 duration, such as <c>PT3H</c>, or <c>P0.5D</c> for "half-day".</summary>
    /// <value>The duration, or <see langword="null"/> when not reported.</value>
    public string? Duration { get; init; }

    /// <summary>Gets where the event was held in person.</summary>
    /// <value>The place, or <see langword="null"/> for an online event or when unknown.</value>
    public Place? Location { get; init; }

    /// <summary>Gets how people took part: in person, online or both.</summary>
    /// <value>The modality, or <see langword="null"/> when unknown.</value>
    public EventModality? Modality { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country that hosted the event, such as <c>LA</c>.</summary>
    /// <value>The code, or <see langword="null"/> when not reported.</value>
    public string? HostCountryCode { get; init; }

    /// <summary>Gets the online platforms the event was held or streamed on, such as Zoom or Facebook Live.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<OnlinePlatform> OnlinePlatforms { get; init => field = ContentList.From(value); } = ContentList.Empty<OnlinePlatform>();

    /// <summary>Gets the organisations that guided, organised, hosted or supported the event, by role.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<OrganisationRole> OrganisationRoles { get; init => field = ContentList.From(value); } = ContentList.Empty<OrganisationRole>();

    /// <summary>Gets the people who played a role in the event, such as its chair, its moderator or the heads of delegations.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<PersonRole> PersonRoles { get; init => field = ContentList.From(value); } = ContentList.Empty<PersonRole>();

    /// <summary>Gets how many people took part, on site or online, as the source counts them.</summary>
    /// <value>The count, or <see langword="null"/> when not given.</value>
    public Count? ParticipantCount { get; init; }

    /// <summary>Gets how many people followed the event online, such as the viewers of a live stream.</summary>
    /// <value>The count, or <see langword="null"/> when not given.</value>
    public Count? ViewerCount { get; init; }

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

    /// <summary>Gets the documents released, adopted, signed, discussed or presented at the event.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<EventDocument> Documents { get; init => field = ContentList.From(value); } = ContentList.Empty<EventDocument>();

    /// <summary>Gets the events this one relates to, such as the meeting it was a side event of or an exhibition held with it.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<EventRelation> RelatedEvents { get; init => field = ContentList.From(value); } = ContentList.Empty<EventRelation>();

    /// <summary>Gets the ids of the images, videos and recordings (<c>media</c>) that belong to it.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> MediaIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the ids of the projects it is about.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> ProjectIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();
}
