using System.IO.Enumeration;
using System.Runtime.CompilerServices;
using Lmec.Content.Reports;

namespace Lmec.Content.Cli.Inputs;

/// <summary>
/// Turns the paths given on the command line into documents: files, folders (recursively, their
/// <c>.json</c> and <c>.ndjson</c> files in ordinal order, not following links to folders within them), <c>-</c> for standard input, and <c>.ndjson</c>
/// archives read as a stream, one document a line, so memory does not grow with the archive (<see cref="DocumentReader"/>).
/// </summary>
/// <param name="standardInput">Opens standard input.</param>
/// <param name="maxDocumentBytes">The longest document read; a longer file or archive line is passed on cut to this length plus one byte, for validation to reject with its size limit.</param>
internal sealed class InputReader(Func<Stream> standardInput, int maxDocumentBytes)
{
    private const int ChunkSize = 64 * 1024;

    private readonly DocumentReader _documents = new(maxDocumentBytes);

    /// <summary>Reads every input, in the order given.</summary>
    /// <param name="paths">The paths.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The documents and failures, as they are read.</returns>
    public async IAsyncEnumerable<InputItem> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                await using var stdin = standardInput();
                await foreach (var item in _documents.ReadAsync(path, stdin, cancellationToken).ConfigureAwait(false))
                {
                    yield return item;
                }

                continue;
            }

            if (Directory.Exists(path))
            {
                await foreach (var item in ReadFolderAsync(path, cancellationToken).ConfigureAwait(false))
                {
                    yield return item;
                }

                continue;
            }

            await foreach (var item in ReadFileAsync(path, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    // A folder in which nothing is checked is a mistake (a wrong path, an export that wrote nothing), not a pass.
    private async IAsyncEnumerable<InputItem> ReadFolderAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string[] files = [];
        InputFailure? failure = null;
        try
        {
            files = [.. DocumentFiles(folder).Order(StringComparer.Ordinal)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            failure = new InputFailure(folder, exception.Message);
        }

        if (failure is not null)
        {
            yield return new(null, failure);
            yield break;
        }

        var read = false;
        foreach (var file in files)
        {
            if (!FileType.IsRegularOrUnknown(file))
            {
                yield return new(null, null, file);
                continue;
            }

            read = true;
            await foreach (var item in ReadFileAsync(file, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }

        if (!read)
        {
            yield return new(null, InputFailure.NoDocumentsInFolder(folder));
        }
    }

    // Links to folders are not followed: a link back up the tree would have the same files read again and again.
    // A subfolder that cannot be listed fails the folder rather than being passed over in silence.
    private static FileSystemEnumerable<string> DocumentFiles(string folder) =>
        new(folder, static (ref entry) => entry.ToSpecifiedFullPath(), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = static (ref entry) => !entry.IsDirectory && DocumentReader.IsDocumentFile(entry.FileName),
            ShouldRecursePredicate = static (ref entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

    private async IAsyncEnumerable<InputItem> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        FileStream? stream = null;
        InputFailure? failure = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, useAsync: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            failure = exception is FileNotFoundException or DirectoryNotFoundException
                ? InputFailure.Missing(path)
                : new InputFailure(path, exception.Message);
        }

        if (stream is null)
        {
            yield return new(null, failure);
            yield break;
        }

        await using (stream.ConfigureAwait(false))
        {
            await foreach (var item in _documents.ReadAsync(path, stream, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }
}
