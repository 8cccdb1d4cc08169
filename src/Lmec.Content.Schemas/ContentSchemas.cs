using Lmec.Content.Model;

namespace Lmec.Content.Schemas;

/// <summary>
/// The catalogue of the published JSON Schemas, version 1: one per root document, one per main entity,
/// and one of definitions they share. They declare JSON Schema draft-07 and refer to each other by
/// relative <c>$ref</c>, resolved against their <c>$id</c>s under <see cref="BaseUri"/>.
/// </summary>
public static class ContentSchemas
{
    /// <summary>The JSON Schema draft every published schema declares in its <c>$schema</c>.</summary>
    public const string JsonSchemaDraft = "http://json-schema.org/draft-07/schema#";

    private const string BundleFolder = "bundled/";

    /// <summary>Gets the URI under which every schema of version 1 has its <c>$id</c>.</summary>
    public static Uri BaseUri { get; } = new("https://lmec.org.cn/schemas/content/v1/");

    /// <summary>Gets the schema of the definitions several schemas share, such as multilingual text.</summary>
    public static PublishedSchema Common { get; } = new() { FileName = "common.schema.json" };

    /// <summary>Gets every published schema: the root documents' first, then the entities', then <see cref="Common"/>.</summary>
    public static IReadOnlyList<PublishedSchema> All { get; } =
    [
        new() { FileName = "newsletter-issue.schema.json", ModelType = typeof(NewsletterIssue), DocumentKind = Model.DocumentKind.NewsletterIssue },
        new() { FileName = "article-document.schema.json", ModelType = typeof(ArticleDocument), DocumentKind = Model.DocumentKind.Article },
        new() { FileName = "organisation-directory.schema.json", ModelType = typeof(OrganisationDirectory), DocumentKind = Model.DocumentKind.OrganisationDirectory },
        new() { FileName = "article.schema.json", ModelType = typeof(Article) },
        new() { FileName = "event.schema.json", ModelType = typeof(Event) },
        new() { FileName = "speech.schema.json", ModelType = typeof(Speech) },
        new() { FileName = "recommendation.schema.json", ModelType = typeof(Recommendation) },
        new() { FileName = "organisation.schema.json", ModelType = typeof(Organisation) },
        new() { FileName = "person.schema.json", ModelType = typeof(Person) },
        Common,
    ];

    /// <summary>
    /// Gets the bundles: for each root document, one self-contained schema file (<c>bundled/newsletter-issue.schema.json</c>)
    /// that holds every definition it needs and refers only within itself, for tools that read a single file (editors,
    /// OpenAPI tooling, check-jsonschema) and need no base URI. A bundle gives every document the verdict of the
    /// modular schema of its kind.
    /// </summary>
    public static IReadOnlyList<PublishedSchema> Bundles { get; } =
    [
        .. All.Where(static schema => schema.DocumentKind is not null).Select(static schema => schema with { FileName = BundleFolder + schema.FileName }),
    ];

    /// <summary>Gets the schema of a kind of root document.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static PublishedSchema ForDocumentKind(DocumentKind kind) =>
        All.FirstOrDefault(schema => schema.DocumentKind == kind)
        ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "No schema describes this kind of document.");
}
