using System.Globalization;
using System.Text;
using Lmec.Content.Cli.Inputs;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Reporting;

/// <summary>
/// Writes <c>file:line:column: severity code pointer: message</c> lines and a summary; colour only on a terminal.
/// Control characters from the inputs (in file names and member names) are written as <c>\uXXXX</c>, so that no
/// input can restyle or rewrite the terminal, nor put colour codes into captured output.
/// </summary>
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
            var where = Printable(line is { } l ? $"{result.Document.Source}:{l}:{error.Column ?? 1}" : result.Document.Source);
            var severity = error.Severity == ValidationSeverity.Error ? "error" : "warning";
            var pointer = error.Path.Length == 0 ? "/" : Printable(error.Path);
            var message = Printable(error.Message);
            console.Output.WriteLine(console.IsOutputTerminal
                ? $"{Bold}{where}{Reset}: {(error.Severity == ValidationSeverity.Error ? Red : Yellow)}{severity} {error.Code}{Reset} {pointer}: {message}"
                : $"{where}: {severity} {error.Code} {pointer}: {message}");
        }
    }

    /// <inheritdoc/>
    public override void WriteUnreadable(InputFailure failure) =>
        console.Error.WriteLine(text.CannotRead(Printable(failure.Source), failure.IsMissing ? text.NoSuchFileOrFolder : Printable(failure.Reason)));

    /// <inheritdoc/>
    public override void Complete(RunSummary summary, int? stoppedAfterErrors)
    {
        if (stoppedAfterErrors is { } count)
        {
            console.Output.WriteLine(text.StoppedAfter(count));
        }

        console.Output.WriteLine(text.Summary(summary));
    }

    private static string Printable(string value)
    {
        if (!value.Any(char.IsControl))
        {
            return value;
        }

        var printable = new StringBuilder(value.Length + 16);
        foreach (var character in value)
        {
            if (char.IsControl(character))
            {
                printable.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:x4}");
            }
            else
            {
                printable.Append(character);
            }
        }

        return printable.ToString();
    }
}
