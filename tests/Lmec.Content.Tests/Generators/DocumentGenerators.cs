using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Model;

namespace Lmec.Content.Tests.Generators;

/// <summary>
/// Generates whole, valid root documents: every reference points at a declared organisation or
/// person, every multilingual text has the document's language, and every entity type appears some
/// of the time.
/// </summary>
internal static class DocumentGenerators
{
    /// <summary>Gets a newsletter issue with articles, contact block and "About" text.</summary>
    public static Gen<NewsletterIssue> NewsletterIssue { get; } =
        from declared in Declarations(minOrganisations: 1, minPeople: 0)
        from schema in SchemaUri("newsletter-issue")
        from schemaVersion in SchemaVersion
        from id in TextGenerators.Slug
        from title in declared.Context.Text
        from publisherId in declared.Context.OrganisationId
        from issueNumber in Gen.Choose(1, 12)
        from year in Gen.Choose(2017, 2030)
        from publicationDate in TimeGenerators.Date
        from articles in Gen.Sized(size => Gen.Choose(0, Math.Min(3, 1 + (size / 30))))
            .SelectMany(count => Gen.CollectToArray(Enumerable.Range(1, count), index => ArticleGenerators.Article(declared.Context, $"article-{index}")))
        from contact in ContactGenerators.ContactPoint(declared.Context).Optional()
        from about in About(declared.Context).Optional()
        select new NewsletterIssue
        {
            Schema = schema,
            SchemaVersion = schemaVersion,
            Language = declared.Context.Language,
            Id = id,
            Title = title,
            PublisherId = publisherId,
            IssueNumber = issueNumber,
            Year = year,
            PublicationDate = publicationDate,
            Articles = articles,
            Contact = contact,
            About = about,
            Organisations = declared.Organisations,
            People = declared.People,
            Documents = declared.Documents,
            Projects = declared.Projects,
            Media = declared.Media,
        };

    /// <summary>Gets a standalone article, such as a partner's submission.</summary>
    public static Gen<ArticleDocument> ArticleDocument { get; } =
        from declared in Declarations(minOrganisations: 0, minPeople: 0)
        from schema in SchemaUri("article")
        from schemaVersion in SchemaVersion
        from article in ArticleGenerators.Article(declared.Context, "article")
        from submittedById in declared.Context.OrganisationId.Optional()
        from submittedAt in TimeGenerators.Timestamp.OptionalValue()
        from contact in ContactGenerators.ContactPoint(declared.Context).Optional()
        select new ArticleDocument
        {
            Schema = schema,
            SchemaVersion = schemaVersion,
            Language = declared.Context.Language,
            Article = article,
            SubmittedById = submittedById,
            SubmittedAt = submittedAt,
            Contact = contact,
            Organisations = declared.Organisations,
            People = declared.People,
            Documents = declared.Documents,
            Projects = declared.Projects,
            Media = declared.Media,
        };

    /// <summary>Gets a directory of organisations.</summary>
    public static Gen<OrganisationDirectory> OrganisationDirectory { get; } =
        from declared in Declarations(minOrganisations: 0, minPeople: 0)
        from schema in SchemaUri("organisation-directory")
        from schemaVersion in SchemaVersion
        from id in TextGenerators.Slug
        from title in declared.Context.Text
        from description in declared.Context.Text.Optional()
        from asOf in TimeGenerators.Date.OptionalValue()
        from publisherId in declared.Context.OrganisationId.Optional()
        select new OrganisationDirectory
        {
            Schema = schema,
            SchemaVersion = schemaVersion,
            Language = declared.Context.Language,
            Id = id,
            Title = title,
            Description = description,
            AsOf = asOf,
            PublisherId = publisherId,
            Organisations = declared.Organisations,
            People = declared.People,
            Documents = declared.Documents,
            Projects = declared.Projects,
            Media = declared.Media,
        };

    /// <summary>Gets a document of any of the three kinds.</summary>
    public static Gen<ContentDocument> AnyDocument { get; } =
        Gen.OneOf(
            NewsletterIssue.Select(static document => (ContentDocument)document),
            ArticleDocument.Select(static document => (ContentDocument)document),
            OrganisationDirectory.Select(static document => (ContentDocument)document));

    private static Gen<string> SchemaVersion { get; } = Gen.Frequency((4, Gen.Constant(ContentDocument.CurrentSchemaVersion)), (1, Gen.Constant("1.1")));

    private static Gen<(DocumentContext Context, Organisation[] Organisations, Person[] People, RelatedDocument[] Documents, Project[] Projects, MediaObject[] Media)> Declarations(int minOrganisations, int minPeople) =>
        from language in Gen.Frequency((3, Gen.Constant("en")), (1, Gen.Elements("zh-Hans", "th", "vi")))
        from organisations in OrganisationGenerators.Organisations(language, minOrganisations, 6)
        let organisationIds = organisations.Select(static organisation => organisation.Id).ToArray()
        from people in PersonGenerators.People(new DocumentContext(language, organisationIds, []), minPeople, 6)
        let declared = new DocumentContext(language, organisationIds, [.. people.Select(static person => person.Id)])
        from projects in SharedEntityGenerators.Projects(declared)
        let withProjects = declared with { ProjectIds = [.. projects.Select(static project => project.Id)] }
        from documents in SharedEntityGenerators.Documents(withProjects)
        from media in SharedEntityGenerators.Media(declared)
        let context = withProjects with
        {
            DocumentIds = [.. documents.Select(static document => document.Id)],
            MediaIds = [.. media.Select(static item => item.Id)],
        }
        select (context, organisations, people, documents, projects, media);

    private static Gen<string?> SchemaUri(string name) =>
        Gen.Constant($"https://example.org/schemas/lmec-content/v1/{name}.schema.json").Optional();

    private static Gen<About> About(DocumentContext context) =>
        from organisationId in context.OrganisationId
        from text in context.Text
        select new About { OrganisationId = organisationId, Text = text };
}
