using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lmec.Content.Cli.Inputs;

namespace Lmec.Content.Cli.Reporting;

/// <summary>Writes the verdicts of a <c>validate</c> run as they come, so memory does not grow with the run.</summary>
/// <param name="error">Standard error, for what is neither a verdict nor a failure.</param>
/// <param name="text">The tool's own texts in the language asked for.</param>
internal abstract class ReportWriter(TextWriter error, CliText text)
{
    // The writers emit fragments of one object (members without their enclosing braces), which validation would refuse.
    // The reports are read by people and programs, never embedded in HTML, so only what JSON requires is escaped:
    // apostrophes, angle brackets, ampersands and Chinese stay as they are.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>Gets the tool's own texts in the language asked for.</summary>
    protected CliText Text { get; } = text;

    /// <summary>Creates the writer of a format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="text">The tool's own texts in the language asked for.</param>
    /// <returns>The writer.</returns>
    public static ReportWriter Create(ReportFormat format, CliConsole console, CliText text) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(console.Output, console.Error, text),
        ReportFormat.Sarif => new SarifReportWriter(console.Output, console.Error, text),
        _ => new TextReportWriter(console, text),
    };

    /// <summary>Writes the verdict on one document.</summary>
    /// <param name="result">The verdict.</param>
    public abstract void WriteDocument(DocumentResult result);

    /// <summary>Writes that an input could not be read.</summary>
    /// <param name="failure">The input and why.</param>
    public abstract void WriteUnreadable(InputFailure failure);

    /// <summary>
    /// Says on standard error, in every format, that a pipe, socket or device met in a folder was passed over:
    /// it is no document and no failure, so machine output does not list it.
    /// </summary>
    /// <param name="path">Its path.</param>
    public void WriteSkipped(string path) => error.WriteLine(Text.SkippedNotAFile(Printable(path)));

    /// <summary>Ends the output.</summary>
    /// <param name="summary">The counts of the run.</param>
    /// <param name="stoppedAfterErrors">The error count at which the run stopped early, or <see langword="null"/> when it checked everything.</param>
    public abstract void Complete(RunSummary summary, int? stoppedAfterErrors);

    /// <summary>Writes JSON with a <see cref="Utf8JsonWriter"/> and appends it to a text writer.</summary>
    /// <param name="output">Where the text goes.</param>
    /// <param name="write">Writes the JSON.</param>
    protected static void WriteJson(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(writer);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>Writes control characters from the inputs (in file names and member names) as <c>\uXXXX</c>, so that no input can restyle or rewrite the terminal.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The text, safe to print.</returns>
    protected static string Printable(string value)
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
