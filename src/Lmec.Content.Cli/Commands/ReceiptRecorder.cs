using System.CommandLine;
using Lmec.Content.Reports;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Commands;

/// <summary>
/// The <c>--receipt</c> option of <c>validate</c>: records the receipt of the one document checked
/// (<see cref="ContentValidator.CreateReceipt(ReadOnlyMemory{byte}, ValidationReport)"/>) and writes it to a file.
/// </summary>
/// <param name="validator">The validator of the run, whose settings the receipt names.</param>
internal sealed class ReceiptRecorder(ContentValidator validator)
{
    private ValidationReceipt? _receipt;
    private int _documents;

    /// <summary>Creates the option.</summary>
    /// <returns>The option.</returns>
    public static Option<FileInfo> CreateOption()
    {
        var option = new Option<FileInfo>("--receipt")
        {
            HelpName = "file",
            Description = "Writes a validation receipt of the one document checked to this file: the digest of the exact document, the schema version, "
                + "the rule catalogue, the tool's version and settings, the verdict and the codes found. The receiver checks it with verify-receipt.",
        };
        option.AcceptLegalFilePathsOnly();
        return option;
    }

    /// <summary>Records the receipt of a document just checked, from its full report.</summary>
    /// <param name="document">The document.</param>
    /// <param name="report">The report the run's validator gave it.</param>
    public void Record(InputDocument document, ValidationReport report)
    {
        _documents++;
        _receipt = validator.CreateReceipt(document.Content, report);
    }

    /// <summary>Writes the receipt, when the run checked exactly one document.</summary>
    /// <param name="file">The file to write.</param>
    /// <param name="error">Standard error, for the reason it cannot.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="null"/> when written; otherwise <see cref="ExitCodes.UsageOrUnreadable"/>.</returns>
    public async Task<int?> WriteAsync(FileInfo file, TextWriter error, CancellationToken cancellationToken)
    {
        if (_documents != 1 || _receipt is null)
        {
            await error.WriteLineAsync($"--receipt: a receipt is of one document, and {_documents} were checked; validate one file or - with --receipt.").ConfigureAwait(false);
            return ExitCodes.UsageOrUnreadable;
        }

        try
        {
            await File.WriteAllTextAsync(file.FullName, _receipt.ToJson(), cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{file}: cannot write: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrUnreadable;
        }
    }
}
