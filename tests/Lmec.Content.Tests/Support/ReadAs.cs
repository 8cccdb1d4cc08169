using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Tests.Support;

/// <summary>Reads JSON as the concrete type of a given document, for properties over documents of any kind.</summary>
internal static class ReadAs
{
    /// <summary>Reads <paramref name="json"/> with <see cref="ContentJson.Deserialize{TDocument}(string, ContentReadMode)"/> as the type of <paramref name="template"/>.</summary>
    /// <param name="template">A document of the type to read.</param>
    /// <param name="json">The text.</param>
    /// <param name="mode">The reading mode.</param>
    /// <returns>The document read.</returns>
    public static ContentDocument TypeOf(ContentDocument template, string json, ContentReadMode mode = ContentReadMode.Strict) => template switch
    {
        NewsletterIssue => ContentJson.Deserialize<NewsletterIssue>(json, mode),
        ArticleDocument => ContentJson.Deserialize<ArticleDocument>(json, mode),
        OrganisationDirectory => ContentJson.Deserialize<OrganisationDirectory>(json, mode),
        _ => throw new ArgumentOutOfRangeException(nameof(template), template.GetType(), "Not a document type of the model."),
    };
}
