namespace Lmec.Content.Model;

/// <summary>
/// A speech, a message or a letter: who gave it (a person, or a speaker described but not named), for whom, in what
/// capacity, how and when, what kind of speech it was, and what it said.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "speakerId": "wang-yi",
///   "kind": "message",
///   "onBehalfOf": { "description": { "en": "the LMC co-chairs" } },
///   "deliveredById": "liu-qing",
///   "deliveryMode": "written",
///   "date": "2023-12-05",
///   "startTime": "09:30",
///   "points": [
///     { "text": { "en": "Water cooperation is the bond of the six countries." }, "attribution": "quotation" }
///   ]
/// }
/// </code>
/// </example>
public sealed record Speech : ContentObject
{
    /// <summary>Gets the id of the speech, an ASCII slug unique in its document.</summary>
    /// <value>The id, or <see langword="null"/> when nothing refers to the speech.</value>
    public string? Id { get; init; }

    /// <summary>Gets the id of the person who gave the speech, or who wrote the message or letter.</summary>
    /// <value>The id, or <see langword="null"/> when the source does not name the speaker: then <see cref="SpeakerDescription"/> describes them.</value>
    public string? SpeakerId { get; init; }

    /// <summary>Gets the speaker as the source describes them when it does not name them, such as <c>a representative of Myanmar</c>.</summary>
    /// <value>The description, or <see langword="null"/>.</value>
    public LocalizedText? SpeakerDescription { get; init; }

    /// <summary>Gets the kind of speech.</summary>
    public required SpeechKind Kind { get; init; }

    /// <summary>Gets the speaker's position at the time of the speech, such as <c>vice president</c>.</summary>
    /// <value>The position, or <see langword="null"/> when not stated.</value>
    public LocalizedText? Position { get; init; }

    /// <summary>Gets the id of the organisation the speaker spoke for at the time.</summary>
    /// <value>The id, or <see langword="null"/> when not stated.</value>
    public string? OrganisationId { get; init; }

    /// <summary>Gets whom the speaker spoke or wrote for, when not for themselves or their organisation (<c>on behalf of the LMC co-chairs</c>).</summary>
    /// <value>The representation, or <see langword="null"/>.</value>
    public Representation? OnBehalfOf { get; init; }

    /// <summary>Gets the id of the person who read out a message or letter the speaker wrote.</summary>
    /// <value>The id, or <see langword="null"/> when the speaker gave the speech.</value>
    public string? DeliveredById { get; init; }

    /// <summary>Gets how the speech was given: in person, over live video, recorded, or in writing.</summary>
    /// <value>The mode, or <see langword="null"/> when not stated.</value>
    public DeliveryMode? DeliveryMode { get; init; }

    /// <summary>Gets the day of the speech, within the days of its event.</summary>
    /// <value>The date, or <see langword="null"/> when not stated.</value>
    public DateOnly? Date { get; init; }

    /// <summary>Gets the time of day the speech began, local to the event.</summary>
    /// <value>The time, or <see langword="null"/> when not stated.</value>
    public TimeOnly? StartTime { get; init; }

    /// <summary>Gets the time of day the speech ended, local to the event.</summary>
    /// <value>The time, or <see langword="null"/> when not stated.</value>
    public TimeOnly? EndTime { get; init; }

    /// <summary>Gets what the speech was about, in a sentence or two.</summary>
    /// <value>The summary, or <see langword="null"/>.</value>
    public LocalizedText? Summary { get; init; }

    /// <summary>Gets the points the speech made, in order.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<SpeechPoint> Points { get; init => field = ContentList.From(value); } = ContentList.Empty<SpeechPoint>();

    /// <summary>Gets the ids of the images, videos and recordings (<c>media</c>) that belong to it.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> MediaIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the ids of the projects it is about.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> ProjectIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();
}
