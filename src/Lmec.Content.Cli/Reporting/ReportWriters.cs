using Lmec.Content.Reports;

namespace Lmec.Content.Cli.Reporting;

/// <summary>Makes the writer of each output format of <c>validate</c>.</summary>
internal static class ReportWriters
{
    /// <summary>Creates the writer of a format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="text">The sentences of the reports for people, in the language asked for.</param>
    /// <returns>The writer.</returns>
    public static ReportWriter Create(ReportFormat format, CliConsole console, ReportText text) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(console.Output),
        ReportFormat.Sarif => new SarifReportWriter(console.Output),
        ReportFormat.Html => new HtmlReportWriter(console.Output, text),
        _ => new TextReportWriter(console, text),
    };
}
