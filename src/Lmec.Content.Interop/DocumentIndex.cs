using Lmec.Content.Model;

namespace Lmec.Content.Interop;

/// <summary>
/// What an export needs to know of the document it reads: its primary language, and the organisations
/// and people it declares, by id. A declaration given twice counts once, the first; an undeclared id is
/// written as it stands.
/// </summary>
internal sealed class DocumentIndex
{
    private readonly Dictionary<string, Organisation> _organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);

    /// <summary>Indexes a document.</summary>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentException">The document is of a type the model does not define.</exception>
    public DocumentIndex(ContentDocument document)
    {
        Document = document is NewsletterIssue or ArticleDocument or OrganisationDirectory
            ? document
            : throw new ArgumentException($"Only the model's documents can be exported, not a {document.GetType().Name}.", nameof(document));
        foreach (var organisation in document.Organisations)
        {
            _organisations.TryAdd(organisation.Id, organisation);
        }

        foreach (var person in document.People)
        {
            _people.TryAdd(person.Id, person);
        }
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
    public string PersonName(string id) => Person(id)?.Name.Format(Language) ?? id;
}
