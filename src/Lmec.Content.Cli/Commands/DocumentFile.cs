using System.Text.Json;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Cli.Commands;

/// <summary>Reads the document a command works on, and says on standard error why it cannot.</summary>
internal static class DocumentFile
{
    /// <summary>Reads a document from a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="error">Where to say why the document cannot be read.</param>
    /// <param name="mode">How strictly to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>
    /// The document and <see cref="ExitCodes.Success"/>; or no document and <see cref="ExitCodes.UsageOrUnreadable"/>
    /// when the file cannot be read, <see cref="ExitCodes.Invalid"/> when it is not a document.
    /// </returns>
    public static async Task<(ContentDocument? Document, int ExitCode)> ReadAsync(FileInfo path, TextWriter error, ContentReadMode mode, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = path.OpenRead();
            return (await ContentJson.DeserializeAsync<ContentDocument>(stream, mode, cancellationToken).ConfigureAwait(false), ExitCodes.Success);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{path}: cannot read: {exception.Message}").ConfigureAwait(false);
            return (null, ExitCodes.UsageOrUnreadable);
        }
        catch (JsonException exception)
        {
            await error.WriteLineAsync($"{path}({exception.LineNumber + 1},{exception.BytePositionInLine + 1}): {exception.Path}: {exception.Message}").ConfigureAwait(false);
            return (null, ExitCodes.Invalid);
        }
    }
}
