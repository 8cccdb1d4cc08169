using System.Diagnostics.CodeAnalysis;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// The ids a document declares — its organisations, people, documents, projects, media, articles, events and speeches, in
/// the order of the document — in one dictionary, built once per validation: it finds the entities that references name
/// (<see cref="ContentRuleContext.TryGetOrganisation"/>) and keeps the ids declared twice (<see cref="ValidationCodes.DuplicateId"/>).
/// </summary>
internal sealed class IdIndex
{
    /// <summary>The <see cref="IdDeclaration.Article"/> of an entity of the root.</summary>
    internal const int Root = -2;

    private const string OrganisationList = "/organisations";
    private const string PersonList = "/people";
    private const string DocumentList = "/documents";
    private const string ProjectList = "/projects";
    private const string MediaList = "/media";
    private const string EventMember = "/event";
    private const string SpeechList = "/speeches";

    private readonly ContentDocument _document;
    private readonly Dictionary<string, IdDeclaration> _first;
    private List<(string Id, IdDeclaration Repeat, IdDeclaration First)>? _repeats;

    /// <summary>Indexes a document's ids.</summary>
    /// <param name="document">The document.</param>
    /// <param name="first">An empty dictionary, ordinal, to hold the first declaration of each id.</param>
    internal IdIndex(ContentDocument document, Dictionary<string, IdDeclaration> first)
    {
        _document = document;
        var count = document.Organisations.Count + document.People.Count + document.Documents.Count + document.Projects.Count + document.Media.Count;
        foreach (var location in ArticleLocation.Of(document))
        {
            count += 2 + location.Article.Speeches.Count;
        }

        _first = first;
        _first.EnsureCapacity(count);
        for (var i = 0; i < document.Organisations.Count; i++)
        {
            Declare(document.Organisations[i]?.Id, new IdDeclaration(OrganisationList, Root, i));
        }

        for (var i = 0; i < document.People.Count; i++)
        {
            Declare(document.People[i]?.Id, new IdDeclaration(PersonList, Root, i));
        }

        for (var i = 0; i < document.Documents.Count; i++)
        {
            Declare(document.Documents[i]?.Id, new IdDeclaration(DocumentList, Root, i));
        }

        for (var i = 0; i < document.Projects.Count; i++)
        {
            Declare(document.Projects[i]?.Id, new IdDeclaration(ProjectList, Root, i));
        }

        for (var i = 0; i < document.Media.Count; i++)
        {
            Declare(document.Media[i]?.Id, new IdDeclaration(MediaList, Root, i));
        }

        foreach (var location in ArticleLocation.Of(document))
        {
            var article = location.Article;
            Declare(article.Id, new IdDeclaration(string.Empty, location.Index, -1));
            Declare(article.Event?.Id, new IdDeclaration(EventMember, location.Index, -1));
            for (var i = 0; i < article.Speeches.Count; i++)
            {
                Declare(article.Speeches[i]?.Id, new IdDeclaration(SpeechList, location.Index, i));
            }
        }
    }

    /// <summary>Gets each declaration of an id declared before, with the first declaration of it, in the order of the document.</summary>
    internal IReadOnlyList<(string Id, IdDeclaration Repeat, IdDeclaration First)> Repeats => _repeats ?? [];

    /// <summary>Finds the first organisation with an id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="organisation">The organisation, when found.</param>
    /// <returns><see langword="true"/> when the document declares one.</returns>
    internal bool TryGetOrganisation(string id, [MaybeNullWhen(false)] out Organisation organisation)
    {
        // Organisations are declared first: when the first declaration of an id is not one, no organisation has it.
        organisation = _first.TryGetValue(id, out var first) && first.List == OrganisationList ? _document.Organisations[first.Index] : null;
        return organisation is not null;
    }

    /// <summary>Finds the first person with an id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="person">The person, when found.</param>
    /// <returns><see langword="true"/> when the document declares one.</returns>
    internal bool TryGetPerson(string id, [MaybeNullWhen(false)] out Person person)
    {
        person = null;
        if (!_first.TryGetValue(id, out var first) || first.Article != Root)
        {
            // People are declared before articles: when an article's entity declares an id first, no person has it.
            return false;
        }

        if (first.List == PersonList)
        {
            person = _document.People[first.Index];
            return true;
        }

        // An organisation has the id too (a duplicate id): the first person with it, if any, is not in the dictionary.
        foreach (var candidate in _document.People)
        {
            if (candidate is not null && string.Equals(candidate.Id, id, StringComparison.Ordinal))
            {
                person = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether the document declares a related document with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    internal bool HasDocument(string id) => Declares(id, DocumentList, _document.Documents, static item => item?.Id);

    /// <summary>Tells whether the document declares a project with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    internal bool HasProject(string id) => Declares(id, ProjectList, _document.Projects, static item => item?.Id);

    /// <summary>Tells whether the document declares a media object with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    internal bool HasMedia(string id) => Declares(id, MediaList, _document.Media, static item => item?.Id);

    /// <summary>Tells whether an event of the document (the event of one of its articles) has an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when one has.</returns>
    internal bool HasEvent(string id)
    {
        if (!_first.TryGetValue(id, out var first))
        {
            return false;
        }

        if (first.List == EventMember)
        {
            return true;
        }

        // Another entity has the id too (a duplicate id): the event, if any, is not in the dictionary.
        foreach (var location in ArticleLocation.Of(_document))
        {
            if (string.Equals(location.Article.Event?.Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool Declares<T>(string id, string list, IReadOnlyList<T> items, Func<T, string?> idOf)
    {
        if (!_first.TryGetValue(id, out var first))
        {
            return false;
        }

        if (first.List == list)
        {
            return true;
        }

        // Another entity has the id too (a duplicate id): the first of this list with it, if any, is not in the dictionary.
        foreach (var item in items)
        {
            if (string.Equals(idOf(item), id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Declare(string? id, IdDeclaration declaration)
    {
        if (id is not null && !_first.TryAdd(id, declaration))
        {
            (_repeats ??= []).Add((id, declaration, _first[id]));
        }
    }
}
