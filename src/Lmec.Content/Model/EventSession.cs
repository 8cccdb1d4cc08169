namespace Lmec.Content.Model;

/// <summary>A session of an event, such as a panel discussion: its kind, and where known its title, day, place, speakers and organisations.</summary>
/// <example>
/// <code language="json">
/// {
///   "kind": "panelDiscussion",
///   "date": "2023-12-06",
///   "location": { "locality": { "en": "Vientiane" }, "countryCode": "LA" },
///   "moderatorIds": ["liu-qing"],
///   "speakerDescriptions": [{ "en": "representatives of the six member countries" }],
///   "organisationIds": ["lmc-water-center"]
/// }
/// </code>
/// </example>
public sealed record EventSession : ContentObject
{
    /// <summary>Gets what kind of session it was.</summary>
    public required EventSessionKind Kind { get; init; }

    /// <summary>Gets the title or topic of the session.</summary>
    /// <value>The title, or <see langword="null"/> when the source names the session by its kind alone.</value>
    public LocalizedText? Title { get; init; }

    /// <summary>Gets the day of the session, within the days of its event.</summary>
    /// <value>The date, or <see langword="null"/> when not stated.</value>
    public DateOnly? Date { get; init; }

    /// <summary>Gets the time of day the session began, local to the event.</summary>
    /// <value>The time, or <see langword="null"/> when not stated.</value>
    public TimeOnly? StartTime { get; init; }

    /// <summary>Gets the time of day the session ended, local to the event.</summary>
    /// <value>The time, or <see langword="null"/> when not stated.</value>
    public TimeOnly? EndTime { get; init; }

    /// <summary>Gets where the session was held, when not where the event was.</summary>
    /// <value>The place, or <see langword="null"/>.</value>
    public Place? Location { get; init; }

    /// <summary>Gets what was said or done in the session.</summary>
    /// <value>The summary, or <see langword="null"/>.</value>
    public LocalizedText? Summary { get; init; }

    /// <summary>Gets the ids of the people who spoke or moderated.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> SpeakerIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the ids of the people who moderated or chaired the session.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> ModeratorIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets speakers the source describes but does not name, such as <c>representatives of the six member countries</c>.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<LocalizedText> SpeakerDescriptions { get; init => field = ContentList.From(value); } = ContentList.Empty<LocalizedText>();

    /// <summary>Gets the ids of the organisations that took part in the session.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> OrganisationIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();
}
