using System.Globalization;
using System.Net;
using Lmec.Content.Validation;

namespace Lmec.Content.Reports;

/// <summary>
/// Writes one HTML page for people, in the language of the messages: per document its verdict and every finding with
/// severity, code, line, column, JSON Pointer and message, and the line of the document under it with the column
/// marked; then the inputs that could not be read and the summary. The page is self-contained (no script, no
/// stylesheet or font from elsewhere), so it opens offline and can be sent on as it is. Each finding's row carries
/// its code, line, column and pointer as <c>data-</c> attributes too, for programs that read the page. The web
/// checker shows the same markup, written without the page around it, so the page and its report never differ.
/// </summary>
/// <param name="output">Where the page goes, such as standard output.</param>
/// <param name="text">The words of the page, in the language of the messages.</param>
/// <param name="wholePage">
/// Whether to write a whole page (the default); <see langword="false"/> writes only the documents and the summary,
/// for a page that shows them inside its own.
/// </param>
public sealed class HtmlReportWriter(TextWriter output, ReportText text, bool wholePage = true) : ReportWriter
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2em;color:#1b1b1b}
        h2{font-size:1.1em;margin:1.5em 0 .3em}
        .verdict{font-weight:bold}.valid .verdict{color:#176117}.invalid .verdict{color:#a01919}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25em .5em;vertical-align:top}
        thead th{border-bottom:1px solid #999}tr.finding td{border-top:1px solid #ddd}
        .error .severity{color:#a01919}.warning .severity{color:#8a5a00}
        pre{margin:0 0 .4em;white-space:pre-wrap;word-break:break-all;background:#f4f4f4;padding:.2em .4em}
        mark{background:#ffd54f;outline:1px solid #a01919}
        """;

    private bool _started;

    /// <inheritdoc/>
    public override void WriteDocument(DocumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Start();
        var valid = result.Report.IsValid;
        output.Write($"<section class=\"document {(valid ? "valid" : "invalid")}\"><h2>{Encode(Name(result.Document))}</h2>");
        output.Write($"<p class=\"verdict\">{Encode(text.Format(valid ? "report.valid" : "report.invalid"))}</p>");
        if (result.Report.Errors.Count == 0)
        {
            output.WriteLine("</section>");
            return;
        }

        output.Write("<table><thead><tr>");
        foreach (var heading in (string[])["report.severity", "report.code", "report.line", "report.column", "report.pointer", "report.message"])
        {
            output.Write($"<th>{Encode(text.Format(heading))}</th>");
        }

        output.WriteLine("</tr></thead><tbody>");
        var lines = new SourceLines(result.Document.Content);
        foreach (var error in result.Report.Errors)
        {
            var severity = error.Severity == ValidationSeverity.Error ? "error" : "warning";
            var line = result.LineInFile(error);
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<tr class=\"finding {severity}\" data-code=\"{Encode(error.Code)}\" data-line=\"{line}\" data-column=\"{error.Column}\" data-pointer=\"{Encode(error.Path)}\">"));
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<td class=\"severity\">{Encode(text.Severity(error.Severity))}</td><td class=\"code\">{Encode(error.Code)}</td><td class=\"line\">{line}</td><td class=\"column\">{error.Column}</td>"));
            output.WriteLine($"<td class=\"pointer\"><code>{Encode(error.Path.Length == 0 ? "/" : error.Path)}</code></td><td class=\"message\">{Encode(error.Message)}</td></tr>");
            if (error.Line is { } documentLine && lines.Excerpt(documentLine, error.Column ?? 1) is { } excerpt)
            {
                output.WriteLine($"<tr class=\"excerpt\"><td></td><td colspan=\"5\"><pre><code>{Encode(excerpt.Before)}<mark>{(excerpt.At.Length == 0 ? "&#160;" : Encode(excerpt.At))}</mark>{Encode(excerpt.After)}</code></pre></td></tr>");
            }
        }

        output.WriteLine("</tbody></table></section>");
    }

    /// <inheritdoc/>
    public override void WriteUnreadable(InputFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        Start();
        output.WriteLine($"<section class=\"document unreadable\"><h2>{Encode(PrintableText.Of(failure.Source))}</h2><p class=\"verdict\">{Encode(text.Reason(failure))}</p></section>");
    }

    /// <inheritdoc/>
    public override void Complete(RunSummary summary, int? stoppedAfterErrors)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Start();
        if (stoppedAfterErrors is { } count)
        {
            output.WriteLine($"<p class=\"stopped\">{Encode(text.StoppedAfter(count))}</p>");
        }

        output.WriteLine($"<p class=\"summary\">{Encode(text.Summary(summary))}</p>");
        if (wholePage)
        {
            output.WriteLine($"<footer>{Encode(text.Format("report.madeBy", $"{ReportTool.Name} {ReportTool.Version}"))}</footer></body></html>");
        }
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    private string Name(InputDocument document)
    {
        var source = PrintableText.Of(document.Source);
        return document.Line is { } line ? text.Format("report.archiveLine", source, line) : source;
    }

    private void Start()
    {
        if (_started || !wholePage)
        {
            return;
        }

        _started = true;
        var title = Encode(text.Format("report.title"));
        output.WriteLine($"<!DOCTYPE html><html lang=\"{Encode(text.Language)}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{title}</title><style>{Style}</style></head>");
        output.WriteLine($"<body><h1>{title}</h1>");
    }
}
