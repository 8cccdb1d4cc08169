using Lmec.Content.Model;

namespace Lmec.Content.Interop.Ninjs;

/// <summary>
/// Exports documents and articles to IPTC ninjs 3.1 (News in JSON), the format news agencies and media
/// partners take content in. Every item validates against the official ninjs 3.1 JSON Schema.
/// </summary>
/// <remarks>
/// <para>
/// An article becomes a <c>text</c> item: headline, summary (a description), a plain-text body
/// written from its paragraphs, speeches, conclusions and recommendations, the people and
/// organisations it names with their relation to it (<c>author</c>, <c>speaker:keynote</c>,
/// <c>organisedBy</c>, …), its topics as subjects, and its event as an associated <c>event</c> item
/// with dates, place, organiser, modality (a subject) and its sessions (associated <c>event</c> items).
/// The item of a whole document names every person and organisation the document declares, those
/// named nowhere else as <c>mentioned</c>. A newsletter issue becomes a <c>composite</c> item whose
/// associations are its articles; an organisation directory a <c>text</c> item that lists the
/// organisations with their contact information.
/// </para>
/// <para>
/// Texts are written in the document's primary language. ninjs dates need a time of day, which the
/// model does not know for publication dates, so only a submission's timestamp is written
/// (<c>versionCreated</c>); event days are written as <c>expectedStartDate</c> and
/// <c>expectedEndDate</c>, which accept a date alone. The output is escaped as
/// <see cref="SchemaOrg.SchemaOrgJsonLd"/>'s is. All members are thread-safe.
/// </para>
/// </remarks>
public static class NinjsExport
{
    /// <summary>Exports a whole document as one news item.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NinjsExportOptions.Default"/>.</param>
    /// <returns>The ninjs text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="document"/> is of a type the model does not define.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The document holds a value of one of the model's enums that the enum does not define, which only code can put there.</exception>
    public static string Export(ContentDocument document, NinjsExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return NinjsItemWriter.Write(document, options ?? NinjsExportOptions.Default, static writer => writer.WriteDocument());
    }

    /// <summary>Exports one article, with its event, as a news item.</summary>
    /// <param name="document">The document that holds the article and declares the organisations and people it refers to.</param>
    /// <param name="article">The article.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="NinjsExportOptions.Default"/>.</param>
    /// <returns>The ninjs text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="article"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="document"/> is of a type the model does not define.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The document holds a value of one of the model's enums that the enum does not define, which only code can put there.</exception>
    public static string ExportArticle(ContentDocument document, Article article, NinjsExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(article);
        return NinjsItemWriter.Write(document, options ?? NinjsExportOptions.Default, writer => writer.WriteArticle(article));
    }
}
