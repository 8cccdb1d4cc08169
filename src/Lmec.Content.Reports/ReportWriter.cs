using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lmec.Content.Reports;

/// <summary>Writes the verdicts of a validation run as they come, so memory does not grow with the run.</summary>
public abstract class ReportWriter
{
    // The writers emit fragments of one object (members without their enclosing braces), which validation would refuse.
    // The JSON reports are read by people and programs, never embedded in HTML, so only what JSON requires is escaped:
    // apostrophes, angle brackets, ampersands and Chinese stay as they are.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>Writes the verdict on one document.</summary>
    /// <param name="result">The verdict.</param>
    public abstract void WriteDocument(DocumentResult result);

    /// <summary>Writes that an input could not be read.</summary>
    /// <param name="failure">The input and why.</param>
    public abstract void WriteUnreadable(InputFailure failure);

    /// <summary>Ends the output.</summary>
    /// <param name="summary">The counts of the run.</param>
    /// <param name="stoppedAfterErrors">The error count at which the run stopped early, or <see langword="null"/> when it checked everything.</param>
    public abstract void Complete(RunSummary summary, int? stoppedAfterErrors);

    /// <summary>Writes JSON with a <see cref="Utf8JsonWriter"/> and appends it to a text writer.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="write">Writes the JSON.</param>
    private protected static void WriteJson(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
