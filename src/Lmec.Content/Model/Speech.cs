namespace Lmec.Content.Model;

/// <summary>
/// A speech: who gave it, in what capacity, what kind of speech it was, and what it said.
/// </summary>
public sealed record Speech : ContentObject
{
    /// <summary>Gets the id of the speech, an ASCII slug unique in its document.</summary>
    /// <value>The id, or <see langword="null"/> when nothing refers to the speech.</value>
    public string? Id { get; init; }

    /// <summary>Gets the id of the person who gave the speech.</summary>
    public required string SpeakerId { get; init; }

    /// <summary>Gets the kind of speech.</summary>
    public required SpeechKind Kind { get; init; }

    /// <summary>Gets the speaker's position at the time of the speech, such as <c>vice president</c>.</summary>
    /// <value>The position, or <see langword="null"/> when not stated.</value>
    public LocalizedText? Position { get; init; }

    /// <summary>Gets the id of the organisation the speaker spoke for at the time.</summary>
    /// <value>The id, or <see langword="null"/> when not stated.</value>
    public string? OrganisationId { get; init; }

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
