namespace Lmec.Content.Model;

/// <summary>A session of an event, such as a panel discussion.</summary>
public sealed record EventSession : ContentObject
{
    /// <summary>Gets what kind of session it was.</summary>
    public required EventSessionKind Kind { get; init; }

    /// <summary>Gets the title or topic of the session.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>Gets what was said or done in the session.</summary>
    /// <value>The summary, or <see langword="null"/>.</value>
    public LocalizedText? Summary { get; init; }

    /// <summary>Gets the ids of the people who spoke or moderated.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> SpeakerIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();
}
