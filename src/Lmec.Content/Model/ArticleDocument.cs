using System.Text.Json.Serialization;

namespace Lmec.Content.Model;

/// <summary>
/// A standalone article, such as one a partner organisation submits for the newsletter; it declares
/// the organisations and people that the article refers to.
/// </summary>
public sealed record ArticleDocument : ContentDocument
{
    /// <inheritdoc/>
    [JsonPropertyOrder(-3)]
    public override DocumentKind Kind => DocumentKind.Article;

    /// <summary>Gets the article.</summary>
    public required Article Article { get; init; }

    /// <summary>Gets the id of the organisation that submits the article.</summary>
    /// <value>The id, or <see langword="null"/> when the article is not a submission.</value>
    public string? SubmittedById { get; init; }

    /// <summary>Gets when the article was submitted, with its offset from UTC.</summary>
    /// <value>The timestamp, or <see langword="null"/> when unknown.</value>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>Gets the contact for questions about the submission.</summary>
    /// <value>The contact, or <see langword="null"/> when none is given.</value>
    public ContactPoint? Contact { get; init; }
}
