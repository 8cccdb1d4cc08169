using Lmec.Content.Model;

namespace Lmec.Content.Interop;

/// <summary>
/// What an export needs to know of the document it reads: its primary language, and the organisations,
/// people, related documents, projects and media it declares, by id. A declaration given twice counts once, the first; an undeclared id is
/// written as it stands.
/// </summary>
internal sealed class DocumentIndex
{
    private readonly Dictionary<string, Organisation> _organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelatedDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Project> _projects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MediaObject> _media = new(StringComparer.Ordinal);

    /// <summary>Indexes a document.</summary>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentException">The document is of a type the model does not define.</exception>
    public DocumentIndex(ContentDocument document)
    {
        Document = document is NewsletterIssue or ArticleDocument or OrganisationDirectory
            ? document
            : throw new ArgumentException($"Only the model's documents can be exported, not a {document.GetType().Name}.", nameof(document));
        Add(_organisations, document.Organisations, static organisation => organisation.Id);
        Add(_people, document.People, static person => person.Id);
        Add(_documents, document.Documents, static related => related.Id);
        Add(_projects, document.Projects, static project => project.Id);
        Add(_media, document.Media, static media => media.Id);
    }

    /// <summary>Gets the document.</summary>
    public ContentDocument Document { get; }

    /// <summary>Gets the BCP 47 tag of the document's primary language, in which every text is written.</summary>
    public string Language => Document.Language;

    /// <summary>Finds a declared organisation.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The organisation, or <see langword="null"/> when the document does not declare it.</returns>
    public Organisation? Organisation(string id) => _organisations.GetValueOrDefault(id);

    /// <summary>Finds a declared person.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The person, or <see langword="null"/> when the document does not declare them.</returns>
    public Person? Person(string id) => _people.GetValueOrDefault(id);

    /// <summary>Finds a declared related document.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The document, or <see langword="null"/> when the root document does not declare it.</returns>
    public RelatedDocument? RelatedDocument(string id) => _documents.GetValueOrDefault(id);

    /// <summary>Finds a declared project.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The project, or <see langword="null"/> when the document does not declare it.</returns>
    public Project? Project(string id) => _projects.GetValueOrDefault(id);

    /// <summary>Finds a declared image, video or recording.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The media object, or <see langword="null"/> when the document does not declare it.</returns>
    public MediaObject? Media(string id) => _media.GetValueOrDefault(id);

    /// <summary>Calls what is to be done with the document, by its kind.</summary>
    /// <param name="issue">What to do with a newsletter issue.</param>
    /// <param name="article">What to do with an article document.</param>
    /// <param name="directory">What to do with an organisation directory.</param>
    public void Visit(Action<NewsletterIssue> issue, Action<ArticleDocument> article, Action<OrganisationDirectory> directory)
    {
        switch (Document)
        {
            case NewsletterIssue value:
                issue(value);
                break;
            case ArticleDocument value:
                article(value);
                break;
            default:
                directory((OrganisationDirectory)Document);
                break;
        }
    }

    /// <summary>Gets a text in the document's language.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The text, or <see langword="null"/> when there is none.</returns>
    public string? Text(LocalizedText? text) => text?.Resolve(Language);

    /// <summary>Gets the name of an organisation in the document's language.</summary>
    /// <param name="id">The organisation's id.</param>
    /// <returns>The name, or the id when the organisation is not declared.</returns>
    public string OrganisationName(string id) => Organisation(id)?.Name.Resolve(Language) ?? id;

    /// <summary>Gets the name of a person as it is written in the document's language.</summary>
    /// <param name="id">The person's id.</param>
    /// <returns>The name, or the id when the person is not declared.</returns>
    public string PersonName(string id) => Person(id) is { } person ? person.Name.Format(Language) : id;

    /// <summary>Gets the ids an item refers to that the document declares, each once, in order: an undeclared one has nothing to describe.</summary>
    /// <typeparam name="T">The kind of declaration.</typeparam>
    /// <param name="ids">The ids referred to.</param>
    /// <param name="find">Finds a declaration by id.</param>
    /// <returns>The declarations.</returns>
    public static IEnumerable<T> Declared<T>(IEnumerable<string> ids, Func<string, T?> find)
        where T : class => ids.Distinct(StringComparer.Ordinal).Select(find).OfType<T>();

    // A declaration given twice counts once, the first.
    private static void Add<T>(Dictionary<string, T> index, IEnumerable<T> declarations, Func<T, string> id)
    {
        foreach (var declaration in declarations)
        {
            index.TryAdd(id(declaration), declaration);
        }
    }
}
