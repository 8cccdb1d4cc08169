using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>The articles of a document and where each stands (<see cref="ArticleLocation.Of"/>), listed without allocating: the document rules list them for every document.</summary>
internal readonly struct ArticleLocations
{
    private readonly IReadOnlyList<Article>? _issueArticles;
    private readonly Article? _article;

    /// <summary>Initialises the list of a document's articles.</summary>
    /// <param name="document">The document: an issue's articles, an article document's article, an organisation directory's none.</param>
    internal ArticleLocations(ContentDocument document)
    {
        _issueArticles = (document as NewsletterIssue)?.Articles;
        _article = (document as ArticleDocument)?.Article;
    }

    /// <summary>Starts listing.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_issueArticles, _article);

    /// <summary>Lists the articles, in order.</summary>
    /// <param name="issueArticles">An issue's articles, or <see langword="null"/>.</param>
    /// <param name="article">An article document's article, or <see langword="null"/>.</param>
    internal struct Enumerator(IReadOnlyList<Article>? issueArticles, Article? article)
    {
        private int _next;

        /// <summary>Gets the article reached.</summary>
        public ArticleLocation Current { get; private set; }

        /// <summary>Moves to the next article.</summary>
        /// <returns><see langword="false"/> when there is none.</returns>
        public bool MoveNext()
        {
            if (issueArticles is not null && _next < issueArticles.Count)
            {
                Current = new ArticleLocation(issueArticles[_next], _next);
            }
            else if (article is not null && _next == 0)
            {
                Current = new ArticleLocation(article, -1);
            }
            else
            {
                return false;
            }

            _next++;
            return true;
        }
    }
}
