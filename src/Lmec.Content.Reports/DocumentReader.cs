using System.Buffers;
using System.Runtime.CompilerServices;
using Lmec.Content.Validation;

namespace Lmec.Content.Reports;

/// <summary>
/// Reads the documents of one file from a stream, as the tool reads a file and the web checker a file picked or
/// dropped: an <c>.ndjson</c> archive one document a line, read as it streams so that memory does not grow with the
/// archive; any other file, whatever its name, as one document.
/// </summary>
/// <param name="maxDocumentBytes">
/// The longest document read; a longer document or archive line is passed on cut to this length plus one byte, for
/// validation to reject with its size limit, so a huge file costs no more than the limit.
/// </param>
public sealed class DocumentReader(int maxDocumentBytes)
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Tells whether a file is read as an archive of one document a line, by its name.</summary>
    /// <param name="fileName">The file's name or path.</param>
    /// <returns><see langword="true"/> for an <c>.ndjson</c> file.</returns>
    public static bool IsArchive(ReadOnlySpan<char> fileName) => fileName.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    /// <summary>Tells whether a file found in a folder holds documents: a <c>.json</c> or <c>.ndjson</c> file.</summary>
    /// <param name="fileName">The file's name or path.</param>
    /// <returns><see langword="true"/> for a document file.</returns>
    public static bool IsDocumentFile(ReadOnlySpan<char> fileName) =>
        fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || IsArchive(fileName);

    /// <summary>Reads the documents of a file.</summary>
    /// <param name="source">The file's path or name, which decides whether it is an archive; <c>-</c> for standard input or pasted text.</param>
    /// <param name="stream">The file's content; it is read to its end (a single document only up to the limit) and left open.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The documents, as they are read; for an archive of blank lines only, its failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public async IAsyncEnumerable<InputItem> ReadAsync(string source, Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stream);
        if (!IsArchive(source))
        {
            yield return new(new InputDocument(source, null, await ReadBoundedAsync(stream, cancellationToken).ConfigureAwait(false)), null);
            yield break;
        }

        var any = false;
        await foreach (var line in ContentArchive.ReadLinesAsync(stream, maxDocumentBytes, cancellationToken).ConfigureAwait(false))
        {
            any = true;
            yield return new(new InputDocument(source, line.Number, line.Content), null);
        }

        if (!any)
        {
            yield return new(null, InputFailure.NoDocumentsInArchive(source));
        }
    }

    private async Task<ReadOnlyMemory<byte>> ReadBoundedAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while (buffer.Length <= maxDocumentBytes && (read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, (int)Math.Min(read, maxDocumentBytes + 1 - buffer.Length));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
