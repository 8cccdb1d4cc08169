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
        var error = console.Error;
        ValidationResult<ContentDocument> result;
        try
        {
            await using var stream = path == "-" ? console.OpenInput() : File.OpenRead(path);
            result = await (mode == ContentReadMode.Strict ? Strict : Lenient).ReadAsync<ContentDocument>(stream, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync($"{path}: cannot read: {exception.Message}").ConfigureAwait(false);
            return (null, ExitCodes.UsageOrUnreadable);
        }

        if (result.Document is { } document && (result.Report.IsValid || !requireValid))
        {
            return (document, ExitCodes.Success);
        }

        var findings = new DocumentResult(new InputDocument(path, Line: null, Content: default), Kind: null, result.Report);
        new TextReportWriter(CliConsole.Captured(error, error), new ReportText(MessageCatalog.Default, CultureInfo.InvariantCulture)).WriteDocument(findings);
        return (null, ExitCodes.Invalid);
    }
}
