using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>An article of a document and where it stands: <c>/articles/3</c> in an issue, <c>/article</c> in an article document.</summary>
/// <param name="Article">The article.</param>
/// <param name="Index">Its index in the articles, or -1 for the article of an article document.</param>
internal readonly record struct ArticleLocation(Article Article, int Index)
{
    /// <summary>Gets the article's JSON Pointer.</summary>
    internal string Pointer => PointerOf(Index);

    /// <summary>Writes the JSON Pointer of an article.</summary>
    /// <param name="index">Its index in an issue's articles, or -1 for the article of an article document.</param>
    /// <returns>The pointer.</returns>
    internal static string PointerOf(int index) => index < 0 ? "/article" : JsonPointer.Append("/articles", index);

    /// <summary>Lists the articles of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Its articles, in order; none for an organisation directory.</returns>
    internal static ArticleLocations Of(ContentDocument document) => new(document);
}
