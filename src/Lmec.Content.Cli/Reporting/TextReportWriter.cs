using Lmec.Content.Cli.Inputs;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Reporting;

/// <summary>Writes <c>file:line:column: severity code pointer: message</c> lines and a summary; colour only on a terminal.</summary>
/// <param name="console">Where to write.</param>
/// <param name="text">The tool's own texts.</param>
internal sealed class TextReportWriter(CliConsole console, CliText text) : ReportWriter
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
            var where = line is { } l ? $"{result.Document.Source}:{l}:{error.Column ?? 1}" : result.Document.Source;
            var severity = error.Severity == ValidationSeverity.Error ? "error" : "warning";
            var pointer = error.Path.Length == 0 ? "/" : error.Path;
            console.Output.WriteLine(console.IsOutputTerminal
                ? $"{Bold}{where}{Reset}: {(error.Severity == ValidationSeverity.Error ? Red : Yellow)}{severity} {error.Code}{Reset} {pointer}: {error.Message}"
                : $"{where}: {severity} {error.Code} {pointer}: {error.Message}");
        }
    }

    /// <inheritdoc/>
    public override void WriteUnreadable(InputFailure failure) =>
        console.Error.WriteLine(text.CannotRead(failure.Source, failure.Reason));

    /// <inheritdoc/>
    public override void Complete(RunSummary summary, int? stoppedAfterErrors)
    {
        if (stoppedAfterErrors is { } count)
        {
            console.Output.WriteLine(text.StoppedAfter(count));
        }

        console.Output.WriteLine(text.Summary(summary));
    }
}
