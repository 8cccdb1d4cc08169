using Lmec.Content.Model;
using Lmec.Content.Validation;

namespace Lmec.Content.AspNetCore;

/// <summary>
/// A valid document received in a request body, with what a handler may need beside it: the bytes exactly as they
/// were sent (to store them byte for byte), the report (its warnings), and the language its messages are written in.
/// A handler takes it as a parameter in place of the document itself.
/// </summary>
/// <typeparam name="TDocument">The kind of document: <see cref="NewsletterIssue"/>, <see cref="ArticleDocument"/>, <see cref="OrganisationDirectory"/>, or <see cref="ContentDocument"/> for any.</typeparam>
public sealed class ContentBody<TDocument>
    where TDocument : ContentDocument
{
    /// <summary>Initialises a body.</summary>
    /// <param name="document">The document.</param>
    /// <param name="report">The report, which holds no error.</param>
    /// <param name="utf8Json">The request body as received.</param>
    /// <param name="language">The BCP 47 tag of the language of the report's messages.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ContentBody(TDocument document, ValidationReport report, ReadOnlyMemory<byte> utf8Json, string language)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(language);
        Document = document;
        Report = report;
        Utf8Json = utf8Json;
        Language = language;
    }

    /// <summary>Gets the document, read and valid.</summary>
    public TDocument Document { get; }

    /// <summary>Gets the report: no error, and the warnings, if any.</summary>
    public ValidationReport Report { get; }

    /// <summary>Gets the request body exactly as it was received, byte order mark included if it had one.</summary>
    public ReadOnlyMemory<byte> Utf8Json { get; }

    /// <summary>Gets the BCP 47 tag of the language of the report's messages, chosen from the request's <c>Accept-Language</c>.</summary>
    public string Language { get; }
}
