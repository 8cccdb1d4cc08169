using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using Lmec.Content.AspNetCore.Reading;
using Lmec.Content.Model;
using Lmec.Content.Validation;
using Microsoft.AspNetCore.Http;

namespace Lmec.Content.AspNetCore;

/// <summary>
/// An NDJSON body (<c>application/x-ndjson</c>, one document a line), read and validated line by line as it arrives:
/// a line is never longer in memory than the size limit of one document, and a line over it gets an
/// <c>LMEC001</c> finding and is skipped without being kept. A minimal-API handler takes it as a parameter and
/// answers with <see cref="Respond()"/>, one result line per document line.
/// </summary>
/// <typeparam name="TDocument">The kind of document each line holds, or <see cref="ContentDocument"/> for any.</typeparam>
public sealed class ContentLines<TDocument> : IAsyncEnumerable<ContentLine<TDocument>>
    where TDocument : ContentDocument
{
    private readonly HttpContext _context;
    private readonly ContentReading _reading;
    private readonly ContentValidator _validator;
    private int _enumerated;

    /// <summary>Initialises a stream over a request's body.</summary>
    /// <param name="context">The request.</param>
    /// <param name="reading">The reading singleton.</param>
    internal ContentLines(HttpContext context, ContentReading reading)
    {
        _context = context;
        _reading = reading;
        Language = reading.LanguageOf(context.Request);
        var (mode, includeWarnings) = reading.SettingsOf(context);
        IncludeWarnings = includeWarnings;
        _validator = reading.Validator(Language, mode);
    }

    /// <summary>Gets the BCP 47 tag of the language of the messages, chosen from the request's <c>Accept-Language</c>.</summary>
    public string Language { get; }

    /// <summary>Gets whether the results list warnings beside errors, as the endpoint says.</summary>
    public bool IncludeWarnings { get; }

    /// <summary>
    /// Reads the lines one at a time. The body can be read once: a second enumeration throws. A blank line is skipped.
    /// When the body fails (it passes the server's size limit, comes too slowly, or is not valid HTTP) the enumeration
    /// throws <see cref="BadHttpRequestException"/> with the status to answer; when the client goes away, <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The lines.</returns>
    /// <exception cref="InvalidOperationException">The body was enumerated before.</exception>
    public IAsyncEnumerator<ContentLine<TDocument>> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _enumerated, 1) == 1)
        {
            throw new InvalidOperationException("The NDJSON body has been read already; a request body can be read only once.");
        }

        return ReadLinesAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    /// <summary>Answers with one result line per document line, as each is read: its number, whether it is valid, and its findings.</summary>
    /// <returns>The result, which writes <c>application/x-ndjson</c> with status <c>200</c>.</returns>
    public IResult Respond() => new ContentLinesResult<TDocument, object>(this, accept: null);

    /// <summary>
    /// Answers with one result line per document line, as each is read, and hands each valid document to
    /// <paramref name="accept"/> (to store it, say) before its result is written; what it returns is the result's
    /// <c>result</c> member, serialized with the application's HTTP JSON options.
    /// </summary>
    /// <typeparam name="TResult">What <paramref name="accept"/> returns, such as the id the document was stored under.</typeparam>
    /// <param name="accept">Takes a valid line; it is not called for invalid lines.</param>
    /// <returns>The result, which writes <c>application/x-ndjson</c> with status <c>200</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accept"/> is <see langword="null"/>.</exception>
    public IResult Respond<TResult>(Func<ContentLine<TDocument>, CancellationToken, Task<TResult>> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        return new ContentLinesResult<TDocument, TResult>(this, accept);
    }

    private async IAsyncEnumerable<ContentLine<TDocument>> ReadLinesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = _context.Request.BodyReader;
        var maxBytes = _reading.Limits.MaxDocumentBytes;
        var number = 0;
        var skipping = false;
        var deadline = Deadline(cancellationToken);
        try
        {
            while (true)
            {
                var result = await ReadAsync(reader, deadline, cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                while (buffer.PositionOf((byte)'\n') is { } end)
                {
                    var line = buffer.Slice(0, end);
                    buffer = buffer.Slice(buffer.GetPosition(1, end));
                    number++;
                    if (Take(line, number, skipping, maxBytes) is { } taken)
                    {
                        yield return taken;
                    }

                    skipping = false;
                    deadline.Dispose();
                    deadline = Deadline(cancellationToken);
                }

                if (result.IsCompleted)
                {
                    if (!buffer.IsEmpty || skipping)
                    {
                        number++;
                        if (Take(buffer, number, skipping, maxBytes) is { } last)
                        {
                            yield return last;
                        }
                    }

                    reader.AdvanceTo(buffer.End);
                    yield break;
                }

                if (buffer.Length > maxBytes)
                {
                    // The line is over the limit: drop what came of it and the rest of it as it comes, keeping nothing.
                    skipping = true;
                    buffer = buffer.Slice(buffer.End);
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            deadline.Dispose();
        }
    }

    private CancellationTokenSource Deadline(CancellationToken cancellationToken) =>
        RequestBody.Deadline(_context, _reading.WebApi.BodyReadTimeout, cancellationToken);

    private async Task<ReadResult> ReadAsync(PipeReader reader, CancellationTokenSource deadline, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (RequestBody.Failure(_context, deadline, exception) is { } failure)
        {
            throw failure.Outcome switch
            {
                BodyOutcome.Aborted => new OperationCanceledException("The client went away.", exception, _context.RequestAborted),
                BodyOutcome.TimedOut => new BadHttpRequestException("The NDJSON body came too slowly and was cut off.", StatusCodes.Status408RequestTimeout, exception),
                BodyOutcome.TooLarge => new BadHttpRequestException("The NDJSON body is larger than the server's limit.", StatusCodes.Status413PayloadTooLarge, exception),
                _ => new BadHttpRequestException("The NDJSON body could not be read as HTTP.", StatusCodes.Status400BadRequest, exception),
            };
        }
    }

    private ContentLine<TDocument>? Take(ReadOnlySequence<byte> line, int number, bool skipped, int maxBytes)
    {
        if (skipped || line.Length > maxBytes)
        {
            return new ContentLine<TDocument>(number, null, new ValidationReport([_reading.TooLarge(Language, maxBytes)]), ReadOnlyMemory<byte>.Empty);
        }

        var bytes = line.ToArray();
        var text = bytes.AsSpan().TrimEnd("\r"u8);
        if (text.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        var content = bytes.AsMemory(0, text.Length);
        var result = _validator.Read<TDocument>(content);
        return new ContentLine<TDocument>(number, result.Document, result.Report, content);
    }
}
