using System.Globalization;
using Lmec.Content.Cli.Inputs;
using Lmec.Content.Cli.Reporting;
using Lmec.Content.Localization;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Commands;

/// <summary>
/// Reads the document a command works on through the validator, and says on standard error why it cannot:
/// every finding that stops the read, in the lines of <c>validate</c> (file, line, column, code, pointer, message).
/// </summary>
internal static class DocumentFile
{
    private static readonly ContentValidator Strict = new(new LmecContentOptions { ReadMode = ContentReadMode.Strict, Culture = CultureInfo.InvariantCulture });

    private static readonly ContentValidator Lenient = new(new LmecContentOptions { ReadMode = ContentReadMode.Lenient, Culture = CultureInfo.InvariantCulture });

    /// <summary>Reads a document from a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="error">Where to say why the document cannot be read.</param>
    /// <param name="mode">How strictly to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>
    /// The document and <see cref="ExitCodes.Success"/>; or no document and <see cref="ExitCodes.UsageOrUnreadable"/>
    /// when the file cannot be read, <see cref="ExitCodes.Invalid"/> when it is not a document. A document that
    /// reads but breaks a content rule is returned: <c>validate</c> is the command that judges it.
    /// </returns>
    public static async Task<(ContentDocument? Document, int ExitCode)> ReadAsync(FileInfo path, TextWriter error, ContentReadMode mode, CancellationToken cancellationToken)
    {
        ValidationResult<ContentDocument> result;
        try
        {
            await using var stream = path.OpenRead();
            result = await (mode == ContentReadMode.Strict ? Strict : Lenient).ReadAsync<ContentDocument>(stream, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{path}: cannot read: {exception.Message}").ConfigureAwait(false);
            return (null, ExitCodes.UsageOrUnreadable);
        }

        if (result.Document is { } document)
        {
            return (document, ExitCodes.Success);
        }

        var findings = new DocumentResult(new InputDocument(path.ToString(), Line: null, Content: default), Kind: null, result.Report);
        new TextReportWriter(CliConsole.Captured(error, error), new CliText(MessageCatalog.Default, CultureInfo.InvariantCulture)).WriteDocument(findings);
        return (null, ExitCodes.Invalid);
    }
}
