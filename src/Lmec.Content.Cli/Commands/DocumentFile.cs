using System.Globalization;
using Lmec.Content.Cli.Reporting;
using Lmec.Content.Localization;
using Lmec.Content.Model;
using Lmec.Content.Reports;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Commands;

/// <summary>
/// Reads the document a command works on, from a file or from standard input (<c>-</c>), through the validator,
/// and says on standard error why it cannot: every finding that stops the read, in the lines of <c>validate</c>
/// (file, line, column, code, pointer, message).
/// </summary>
internal static class DocumentFile
{
    private static readonly ContentValidator Strict = new(new LmecContentOptions { ReadMode = ContentReadMode.Strict, Culture = CultureInfo.InvariantCulture });

    private static readonly ContentValidator Lenient = new(new LmecContentOptions { ReadMode = ContentReadMode.Lenient, Culture = CultureInfo.InvariantCulture });

    // Both validators keep the default limits: reading one byte more than their size limit lets them report it.
    private static readonly int MaxBytes = new ContentLimits().MaxDocumentBytes;

    /// <summary>Reads a document from a file or standard input.</summary>
    /// <param name="path">The file, or <c>-</c> for standard input.</param>
    /// <param name="console">The terminal: standard input, and standard error to say why the document cannot be read.</param>
    /// <param name="mode">How strictly to read.</param>
    /// <param name="requireValid">
    /// Whether a document that reads but breaks a content rule is refused, as by <c>convert</c>, which must not
    /// export what the exchange would reject; otherwise it is returned, for the commands that only show it.
    /// </param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>
    /// The document and <see cref="ExitCodes.Success"/>; or no document and <see cref="ExitCodes.UsageOrUnreadable"/>
    /// when the input cannot be read, <see cref="ExitCodes.Invalid"/> when it is not a document (or not a valid one,
    /// when <paramref name="requireValid"/>).
    /// </returns>
    public static async Task<(ContentDocument? Document, int ExitCode)> ReadAsync(string path, CliConsole console, ContentReadMode mode, bool requireValid, CancellationToken cancellationToken)
    {
        var (bytes, exitCode) = await ReadBytesAsync(path, console, cancellationToken).ConfigureAwait(false);
        return bytes is null ? (null, exitCode) : Read(path, bytes, console, mode, requireValid);
    }

    /// <summary>Reads the bytes of a file or of standard input, no more than one byte past the size limit, which validation then reports.</summary>
    /// <param name="path">The file, or <c>-</c> for standard input.</param>
    /// <param name="console">The terminal: standard input, and standard error to say why the input cannot be read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes and <see cref="ExitCodes.Success"/>, or no bytes and <see cref="ExitCodes.UsageOrUnreadable"/>.</returns>
    public static async Task<(byte[]? Bytes, int ExitCode)> ReadBytesAsync(string path, CliConsole console, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = path == "-" ? console.OpenInput() : File.OpenRead(path);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while (buffer.Length <= MaxBytes && (read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            return (buffer.ToArray(), ExitCodes.Success);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await console.Error.WriteLineAsync($"{path}: cannot read: {exception.Message}").ConfigureAwait(false);
            return (null, ExitCodes.UsageOrUnreadable);
        }
    }

    /// <summary>Reads a document from bytes already read, and says on standard error why it cannot.</summary>
    /// <param name="path">The file the bytes came from, or <c>-</c>, as the findings name it.</param>
    /// <param name="bytes">The bytes.</param>
    /// <param name="console">The terminal, whose standard error gets the findings.</param>
    /// <param name="mode">How strictly to read.</param>
    /// <param name="requireValid">Whether a document that reads but breaks a content rule is refused.</param>
    /// <returns>As <see cref="ReadAsync(string, CliConsole, ContentReadMode, bool, CancellationToken)"/>.</returns>
    public static (ContentDocument? Document, int ExitCode) Read(string path, ReadOnlyMemory<byte> bytes, CliConsole console, ContentReadMode mode, bool requireValid)
    {
        var error = console.Error;
        var result = (mode == ContentReadMode.Strict ? Strict : Lenient).Read<ContentDocument>(bytes);
        if (result.Document is { } document && (result.Report.IsValid || !requireValid))
        {
            return (document, ExitCodes.Success);
        }

        var findings = new DocumentResult(new InputDocument(path, Line: null, Content: default), Kind: null, result.Report);
        new TextReportWriter(CliConsole.Captured(error, error), new ReportText(MessageCatalog.Default, CultureInfo.InvariantCulture)).WriteDocument(findings);
        return (null, ExitCodes.Invalid);
    }
}
