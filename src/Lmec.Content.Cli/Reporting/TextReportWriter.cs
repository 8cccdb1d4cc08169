using Lmec.Content.Reports;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Reporting;

/// <summary>
/// Writes <c>file:line:column: severity code pointer: message</c> lines and a summary; colour only on a terminal.
/// Control characters from the inputs (in file names and member names) are written as <c>\uXXXX</c>, so that no
/// input can restyle or rewrite the terminal, nor put colour codes into captured output.
/// </summary>
/// <param name="console">Where to write.</param>
/// <param name="text">The sentences of the report, in the language asked for.</param>
internal sealed class TextReportWriter(CliConsole console, ReportText text) : ReportWriter
{
    private const string Red = "\e[31m";
    private const string Yellow = "\e[33m";
    private const string Bold = "\e[1m";
    private const string Reset = "\e[0m";

    /// <inheritdoc/>
    public override void WriteDocument(DocumentResult result)
    {
        foreach (var error in result.Report.Errors)
        {
            var line = result.LineInFile(error);
            var where = PrintableText.Of(line is { } l ? $"{result.Document.Source}:{l}:{error.Column ?? 1}" : result.Document.Source);
            var severity = error.Severity == ValidationSeverity.Error ? "error" : "warning";
            var pointer = error.Path.Length == 0 ? "/" : PrintableText.Of(error.Path);
            var message = PrintableText.Of(error.Message);
            console.Output.WriteLine(console.IsOutputTerminal
                ? $"{Bold}{where}{Reset}: {(error.Severity == ValidationSeverity.Error ? Red : Yellow)}{severity} {error.Code}{Reset} {pointer}: {message}"
                : $"{where}: {severity} {error.Code} {pointer}: {message}");
        }
    }

    /// <inheritdoc/>
    public override void WriteUnreadable(InputFailure failure) => console.Error.WriteLine(text.CannotRead(failure));

    /// <inheritdoc/>
    public override void Complete(RunSummary summary, int? stoppedAfterErrors)
    {
        if (stoppedAfterErrors is { } count)
        {
            console.Output.WriteLine(text.StoppedAfter(count));
        }

        // Nothing checked means every input failed, as standard error has said: "Checked 0 documents" would read as a pass.
        if (summary.Documents > 0)
        {
            console.Output.WriteLine(text.Summary(summary));
        }
    }
}
