using System.Text.Json.Serialization;

namespace Lmec.Content.Model;

/// <summary>An issue of the LMEC newsletter, such as <c>Issue 6, 2023</c> of 25 June 2023.</summary>
public sealed record NewsletterIssue : ContentDocument
{
    /// <inheritdoc/>
    [JsonPropertyOrder(-3)]
    public override DocumentKind Kind => DocumentKind.NewsletterIssue;

    /// <summary>Gets the id of the issue, an ASCII slug unique in the archive, such as <c>lmec-newsletter-2023-issue-6</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the title of the newsletter, such as <c>Newsletter</c>.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>Gets the id of the organisation that publishes the newsletter.</summary>
    public required string PublisherId { get; init; }

    /// <summary>Gets the number of the issue within its year, from 1.</summary>
    public required int IssueNumber { get; init; }

    /// <summary>Gets the year the issue belongs to, as printed beside its number.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the date the issue was published.</summary>
    public required DateOnly PublicationDate { get; init; }

    /// <summary>Gets the articles of the issue, in the order printed.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<Article> Articles { get; init => field = ContentList.From(value); } = ContentList.Empty<Article>();

    /// <summary>Gets the "Contact us" block of the issue.</summary>
    /// <value>The contact, or <see langword="null"/> when the issue prints none.</value>
    public ContactPoint? Contact { get; init; }

    /// <summary>Gets the "About" text of the issue.</summary>
    /// <value>The text, or <see langword="null"/> when the issue prints none.</value>
    public About? About { get; init; }
}
