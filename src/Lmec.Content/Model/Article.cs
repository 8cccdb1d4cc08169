namespace Lmec.Content.Model;

/// <summary>
/// An article: the report of an event with its speeches and recommendations, or any other story.
/// </summary>
public sealed record Article : ContentObject
{
    /// <summary>Gets the id of the article, an ASCII slug unique in its document.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the headline.</summary>
    public required LocalizedText Headline { get; init; }

    /// <summary>Gets the date the article was published or dated.</summary>
    /// <value>The date, or <see langword="null"/> when it is the date of the issue that carries it.</value>
    public DateOnly? DatePublished { get; init; }

    /// <summary>Gets the ids of the people who wrote the article.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> AuthorIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the lead: what the article says in a few sentences.</summary>
    /// <value>The lead, or <see langword="null"/>.</value>
    public LocalizedText? Summary { get; init; }

    /// <summary>Gets the event the article reports.</summary>
    /// <value>The event, or <see langword="null"/> when the article reports none.</value>
    public Event? Event { get; init; }

    /// <summary>Gets the speeches the article reports, in the order given.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<Speech> Speeches { get; init => field = ContentList.From(value); } = ContentList.Empty<Speech>();

    /// <summary>Gets the recommendations the article reports, numbered from 1.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<Recommendation> Recommendations { get; init => field = ContentList.From(value); } = ContentList.Empty<Recommendation>();

    /// <summary>Gets the body of the article as paragraphs of plain text, when it has more to say than its structure.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<LocalizedText> Body { get; init => field = ContentList.From(value); } = ContentList.Empty<LocalizedText>();

    /// <summary>Gets the topics of the article, as ASCII slugs such as <c>energy-transition</c>.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> Topics { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the ids of the images, videos and recordings (<c>media</c>) that belong to it.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> MediaIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the ids of the projects it is about.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> ProjectIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();
}
