namespace Lmec.Content.Model;

/// <summary>
/// An article: the report of an event with its speeches and recommendations, or any other story.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "id": "rfd-mekong-forests",
///   "headline": { "th": "กรมป่าไม้ร่วมประชุมความร่วมมือป่าไม้ลุ่มน้ำโขง", "en": "Forest Department joins Mekong forestry meeting" },
///   "url": "https://www.forest.go.th/news/12345",
///   "alternativeUrls": ["https://www.facebook.com/forestdepartment/posts/12345"],
///   "datePublished": "2023-12-05",
///   "publishedAt": "2023-12-05T21:00:00+07:00",
///   "contributors": [{ "role": "photographer", "name": { "th": "ฝ่ายประชาสัมพันธ์" } }],
///   "source": { "datePrinted": { "th": "5 ธ.ค. 2566" } },
///   "translations": [{ "language": "en", "from": "th", "method": "machine" }]
/// }
/// </code>
/// </example>
public sealed record Article : ContentObject
{
    /// <summary>Gets the id of the article, an ASCII slug unique in its document.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the headline.</summary>
    public required LocalizedText Headline { get; init; }

    /// <summary>Gets the article's own web address, its canonical URL.</summary>
    /// <value>An absolute <c>http</c> or <c>https</c> URL, or <see langword="null"/>.</value>
    public string? Url { get; init; }

    /// <summary>Gets other addresses the article is published at, such as its page on a partner's site or a short link.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> AlternativeUrls { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the date the article was published or dated.</summary>
    /// <value>The date, or <see langword="null"/> when it is the date of the issue that carries it.</value>
    public DateOnly? DatePublished { get; init; }

    /// <summary>
    /// Gets the time the article was published, with the offset from UTC of the place it was published. With
    /// <c>datePublished</c>, its date at its own offset is that date.
    /// </summary>
    /// <value>The time, or <see langword="null"/> when only the date is known.</value>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Gets the time the article was last changed after it was published.</summary>
    /// <value>The time, or <see langword="null"/>.</value>
    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>Gets the ids of the people who wrote the article.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> AuthorIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>
    /// Gets who contributed to the article, each in a role: authors, editors, translators, photographers, reviewers,
    /// reporters; people the document declares or names as printed. The people of <c>authorIds</c> need not be
    /// repeated here.
    /// </summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<Contributor> Contributors { get; init => field = ContentList.From(value); } = ContentList.Empty<Contributor>();

    /// <summary>Gets where the article comes from, when it was first published elsewhere or by a news agency.</summary>
    /// <value>The source, or <see langword="null"/>.</value>
    public ArticleSource? Source { get; init; }

    /// <summary>Gets which languages of the article's texts are translations, and from which language.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<TextTranslation> Translations { get; init => field = ContentList.From(value); } = ContentList.Empty<TextTranslation>();

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

    /// <summary>Gets the ids of the documents (<c>documents</c>) the article is about: strategies, declarations, reports, letters.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> DocumentIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the ids of the images, videos and recordings (<c>media</c>) that belong to it.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> MediaIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the ids of the projects it is about.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> ProjectIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();
}
