using System.Diagnostics.CodeAnalysis;
using Lmec.Content.Model;

namespace Lmec.Content.Validation;

/// <summary>
/// The outcome of reading and validating a document in one pass: the report, and the document when
/// the text could be read into the model.
/// </summary>
/// <typeparam name="TDocument">The kind of document asked for.</typeparam>
public sealed class ValidationResult<TDocument>
    where TDocument : ContentDocument
{
    /// <summary>Initialises a result.</summary>
    /// <param name="document">The document read, or <see langword="null"/> when the text could not be read.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public ValidationResult(TDocument? document, ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Document = document;
        Report = report;
    }

    /// <summary>Gets the document read from the text.</summary>
    /// <value>
    /// The document, also when a rule found it invalid; <see langword="null"/> when the text could not be
    /// read into the model at all (the report then says why).
    /// </value>
    public TDocument? Document { get; }

    /// <summary>Gets the report: every finding of every layer.</summary>
    public ValidationReport Report { get; }

    /// <summary>Gets whether the document is valid: read, and without a finding of severity <see cref="ValidationSeverity.Error"/>.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    public bool IsValid => Report.IsValid && Document is not null;

    /// <summary>Gets the document, for callers who want an exception when it is invalid.</summary>
    /// <returns>The valid document.</returns>
    /// <exception cref="ContentValidationException">The document is invalid; the exception carries the report.</exception>
    public TDocument GetValidDocument()
    {
        Report.ThrowIfInvalid();
        return Document ?? throw new ContentValidationException(Report);
    }
}
