using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Reports;

/// <summary>The verdict on one document.</summary>
/// <param name="Document">The document checked.</param>
/// <param name="Kind">Its kind, when it could be recognised.</param>
/// <param name="Report">The validation report.</param>
public sealed record DocumentResult(InputDocument Document, DocumentKind? Kind, ValidationReport Report)
{
    /// <summary>Validates a document, as the tool and the web checker both do.</summary>
    /// <param name="validator">The validator, made with the options of the run.</param>
    /// <param name="document">The document.</param>
    /// <returns>The verdict, with the document's kind when the document says it even if it cannot be read.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static DocumentResult Check(ContentValidator validator, InputDocument document)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(document);
        return Of(document, validator.Read<ContentDocument>(document.Content));
    }

    /// <summary>Gives the verdict on a document from the result of reading and validating it, as <see cref="Check"/> does.</summary>
    /// <param name="document">The document.</param>
    /// <param name="result">The result of <see cref="ContentValidator.Read{TDocument}(ReadOnlyMemory{byte})"/> on its content.</param>
    /// <returns>The verdict, with the document's kind when the document says it even if it cannot be read.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static DocumentResult Of(InputDocument document, ValidationResult<ContentDocument> result)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(result);
        return new DocumentResult(document, result.Document?.Kind ?? ContentJson.DetectKind(document.Content.Span), result.Report);
    }

    /// <summary>Gets the line of a finding in the file: archive lines are added to the finding's own line.</summary>
    /// <param name="error">The finding.</param>
    /// <returns>The line in the file, or <see langword="null"/> when unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is <see langword="null"/>.</exception>
    public int? LineInFile(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Document.Line is { } archiveLine ? ContentArchive.LineInArchive(archiveLine, error) : error.Line;
    }
}
