using System.Buffers;
using System.Runtime.CompilerServices;

namespace Lmec.Content.Validation;

/// <summary>
/// Reads <c>.ndjson</c> archives, one document a line, as a stream, so that memory does not grow with the archive:
/// lines end at a line feed (a carriage return before it is dropped), and blank lines are passed over.
/// </summary>
public static class ContentArchive
{
    // A read of a file is a hand-off to the thread pool and back: blocks of 64 KiB cost 0.45 s of CPU time more than
    // blocks of 1 MiB on a 200 MB archive (docs/benchmarks.md, "Where the tool's time goes").
    private const int ChunkSize = 1024 * 1024;

    /// <summary>Reads the documents of an archive, one a line.</summary>
    /// <param name="ndjson">The archive; it is read to its end and left open.</param>
    /// <param name="maxDocumentBytes">
    /// The longest document read, such as <see cref="ContentLimits.MaxDocumentBytes"/>; a longer line is passed on cut to
    /// this length plus one byte, for validation to reject with its size limit, so a huge line costs no more than the limit.
    /// </param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The documents, in the order of the archive, each in an array of its own.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ndjson"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDocumentBytes"/> is less than 1.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static IAsyncEnumerable<ArchiveLine> ReadLinesAsync(Stream ndjson, int maxDocumentBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ndjson);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDocumentBytes, 1);
        return ReadLinesCoreAsync(ndjson, maxDocumentBytes, cancellationToken);
    }

    /// <summary>Gets the line of the archive a finding on one of its documents points at.</summary>
    /// <param name="documentLine">The document's line in the archive, from 1.</param>
    /// <param name="error">The finding, whose line is counted within its document.</param>
    /// <returns>The line in the archive: the document's own line when the finding has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is <see langword="null"/>.</exception>
    public static int LineInArchive(int documentLine, ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return documentLine + (error.Line ?? 1) - 1;
    }

    private static async IAsyncEnumerable<ArchiveLine> ReadLinesCoreAsync(Stream stream, int maxDocumentBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var line = new ArrayBufferWriter<byte>();
        var lineNumber = 1;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                var data = chunk.AsMemory(0, read);
                int newline;
                while ((newline = data.Span.IndexOf((byte)'\n')) >= 0)
                {
                    Append(line, data.Span[..newline], maxDocumentBytes);
                    if (Take(lineNumber, line) is { } document)
                    {
                        yield return document;
                    }

                    line.ResetWrittenCount();
                    lineNumber++;
                    data = data[(newline + 1)..];
                }

                Append(line, data.Span, maxDocumentBytes);
            }

            if (Take(lineNumber, line) is { } last)
            {
                yield return last;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static void Append(ArrayBufferWriter<byte> line, ReadOnlySpan<byte> data, int maxDocumentBytes)
    {
        var room = maxDocumentBytes + 1 - line.WrittenCount;
        if (room > 0)
        {
            line.Write(data[..Math.Min(room, data.Length)]);
        }
    }

    private static ArchiveLine? Take(int lineNumber, ArrayBufferWriter<byte> line)
    {
        var content = line.WrittenSpan.TrimEnd("\r"u8);
        return content.Trim(" \t"u8).IsEmpty ? null : new ArchiveLine(lineNumber, content.ToArray());
    }
}
