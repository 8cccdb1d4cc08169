using System.Text.Json;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Reports;

/// <summary>
/// Writes one JSON object: <c>documents</c> (each with its source, archive line, kind, verdict and
/// findings), <c>unreadable</c> inputs, and a <c>summary</c> of counts.
/// </summary>
/// <param name="output">Where the report goes, such as standard output.</param>
public sealed class JsonReportWriter(TextWriter output) : ReportWriter
{
    private readonly List<InputFailure> _unreadable = [];
    private bool _started;

    /// <inheritdoc/>
    public override void WriteDocument(DocumentResult result)
    {
        output.Write(_started ? "," : "{\"documents\":[");
        _started = true;
        WriteJson(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("source", result.Document.Source);
            WriteOptionalNumber(writer, "line", result.Document.Line);
            if (result.Kind is { } kind)
            {
                writer.WriteString("kind", ContentJson.GetWireName(kind));
            }

            writer.WriteBoolean("valid", result.Report.IsValid);
            writer.WriteStartArray("errors");
            foreach (var error in result.Report.Errors)
            {
                writer.WriteStartObject();
                writer.WriteString("code", error.Code);
                writer.WriteString("severity", error.Severity == ValidationSeverity.Error ? "error" : "warning");
                writer.WriteString("path", error.Path);
                WriteOptionalNumber(writer, "line", result.LineInFile(error));
                WriteOptionalNumber(writer, "column", error.Column);
                writer.WriteString("message", error.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <inheritdoc/>
    public override void WriteUnreadable(InputFailure failure) => _unreadable.Add(failure);

    /// <inheritdoc/>
    public override void Complete(RunSummary summary, int? stoppedAfterErrors)
    {
        output.Write(_started ? "]," : "{\"documents\":[],");
        WriteJson(output, writer =>
        {
            writer.WriteStartArray("unreadable");
            foreach (var failure in _unreadable)
            {
                writer.WriteStartObject();
                writer.WriteString("source", failure.Source);
                writer.WriteString("reason", failure.Reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("documents", summary.Documents);
            writer.WriteNumber("valid", summary.Valid);
            writer.WriteNumber("invalid", summary.Invalid);
            writer.WriteNumber("unreadable", summary.Unreadable);
            writer.WriteNumber("errors", summary.Errors);
            writer.WriteNumber("warnings", summary.Warnings);
            WriteOptionalNumber(writer, "stoppedAfterErrors", stoppedAfterErrors);
            writer.WriteEndObject();
        });
        output.WriteLine("}");
    }

    private static void WriteOptionalNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }
}
