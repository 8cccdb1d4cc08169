using Lmec.Content.Validation;

namespace Lmec.Content.Reports;

/// <summary>
/// Writes a SARIF 2.1.0 log with one run: a result per finding, located by file, line and column and,
/// as a logical location, by JSON Pointer; the rules are the codes met, described by their first message.
/// </summary>
/// <param name="output">Where the report goes, such as standard output.</param>
public sealed class SarifReportWriter(TextWriter output) : ReportWriter
{
    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private readonly SortedDictionary<string, string> _rules = new(StringComparer.Ordinal);
    private readonly List<InputFailure> _unreadable = [];
    private bool _started;

    /// <inheritdoc/>
    public override void WriteDocument(DocumentResult result)
    {
        foreach (var error in result.Report.Errors)
        {
            _rules.TryAdd(error.Code, error.Message);
            output.Write(_started ? "," : $"{{\"$schema\":\"{SchemaUri}\",\"version\":\"2.1.0\",\"runs\":[{{\"results\":[");
            _started = true;
            WriteJson(output, writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", error.Code);
                writer.WriteString("level", error.Severity == ValidationSeverity.Error ? "error" : "warning");
                writer.WriteStartObject("message");
                writer.WriteString("text", error.Message);
                writer.WriteEndObject();
                writer.WriteStartArray("locations");
                writer.WriteStartObject();
                writer.WriteStartObject("physicalLocation");
                writer.WriteStartObject("artifactLocation");
                writer.WriteString("uri", ArtifactUri(result.Document.Source));
                writer.WriteEndObject();
                if (result.LineInFile(error) is { } line)
                {
                    writer.WriteStartObject("region");
                    writer.WriteNumber("startLine", line);
                    writer.WriteNumber("startColumn", error.Column ?? 1);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
                writer.WriteStartArray("logicalLocations");
                writer.WriteStartObject();
                writer.WriteString("fullyQualifiedName", error.Path);
                writer.WriteString("kind", "member");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
            });
        }
    }

    /// <inheritdoc/>
    public override void WriteUnreadable(InputFailure failure) => _unreadable.Add(failure);

    /// <inheritdoc/>
    public override void Complete(RunSummary summary, int? stoppedAfterErrors)
    {
        output.Write(_started ? "]," : $"{{\"$schema\":\"{SchemaUri}\",\"version\":\"2.1.0\",\"runs\":[{{\"results\":[],");
        WriteJson(output, writer =>
        {
            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", ReportTool.Name);
            writer.WriteString("version", ReportTool.Version);
            writer.WriteString("semanticVersion", ReportTool.Version);
            writer.WriteStartArray("rules");
            foreach (var (code, message) in _rules)
            {
                writer.WriteStartObject();
                writer.WriteString("id", code);
                writer.WriteStartObject("shortDescription");
                writer.WriteString("text", message);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartArray("invocations");
            writer.WriteStartObject();
            writer.WriteBoolean("executionSuccessful", summary.Unreadable == 0);
            writer.WriteStartArray("toolExecutionNotifications");
            foreach (var failure in _unreadable)
            {
                writer.WriteStartObject();
                writer.WriteString("level", "error");
                writer.WriteStartObject("message");
                writer.WriteString("text", $"{failure.Source}: {failure.Reason}");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            if (stoppedAfterErrors is { } count)
            {
                writer.WriteStartObject();
                writer.WriteString("level", "note");
                writer.WriteStartObject("message");
                writer.WriteString("text", $"Stopped after {count} errors.");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
        });
        output.WriteLine("}]}");
    }

    private static string ArtifactUri(string source) =>
        source == "-" ? "stdin" : Uri.EscapeDataString(source.Replace('\\', '/')).Replace("%2F", "/", StringComparison.Ordinal);
}
