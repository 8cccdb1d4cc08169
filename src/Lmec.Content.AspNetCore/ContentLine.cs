using System.Diagnostics.CodeAnalysis;
using Lmec.Content.Model;
using Lmec.Content.Validation;

namespace Lmec.Content.AspNetCore;

/// <summary>One line of an NDJSON body, read and validated as it arrived.</summary>
/// <typeparam name="TDocument">The kind of document each line holds.</typeparam>
public sealed class ContentLine<TDocument>
    where TDocument : ContentDocument
{
    /// <summary>Initialises a line.</summary>
    /// <param name="number">The line's number in the body, from 1.</param>
    /// <param name="document">The document read, or <see langword="null"/> when the line could not be read into the model.</param>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The line as received, without its line break.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public ContentLine(int number, TDocument? document, ValidationReport report, ReadOnlyMemory<byte> utf8Json)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentNullException.ThrowIfNull(report);
        Number = number;
        Document = document;
        Report = report;
        Utf8Json = utf8Json;
    }

    /// <summary>Gets the line's number in the body, from 1; blank lines count, as an editor counts them.</summary>
    public int Number { get; }

    /// <summary>Gets the document read from the line.</summary>
    /// <value>The document, also when a rule found it invalid; <see langword="null"/> when the line could not be read into the model.</value>
    public TDocument? Document { get; }

    /// <summary>Gets the report of the line: every finding, with lines and columns counted within the line.</summary>
    public ValidationReport Report { get; }

    /// <summary>Gets the line exactly as received, without its line break; empty when it passed the size limit and was not kept.</summary>
    public ReadOnlyMemory<byte> Utf8Json { get; }

    /// <summary>Gets whether the line holds a valid document.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    public bool IsValid => Report.IsValid && Document is not null;
}
