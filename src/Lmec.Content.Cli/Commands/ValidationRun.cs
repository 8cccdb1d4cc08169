using Lmec.Content.Cli.Inputs;
using Lmec.Content.Cli.Reporting;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Commands;

/// <summary>One run of <c>validate</c>: reads the inputs as a stream, validates each document and writes its verdict at once.</summary>
/// <param name="validator">The validator.</param>
/// <param name="reader">Reads the inputs.</param>
/// <param name="writer">Writes the verdicts.</param>
/// <param name="progress">Shows progress on a terminal.</param>
/// <param name="maxErrors">The error count to stop at, or <see langword="null"/> to check everything.</param>
internal sealed class ValidationRun(ContentValidator validator, InputReader reader, ReportWriter writer, ProgressReporter progress, int? maxErrors)
{
    /// <summary>Runs.</summary>
    /// <param name="paths">The inputs.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The exit code.</returns>
    public async Task<int> ExecuteAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var summary = new RunSummary();
        int? stoppedAfter = null;
        await foreach (var item in reader.ReadAsync(paths, cancellationToken).ConfigureAwait(false))
        {
            if (item.Skipped is { } skipped)
            {
                writer.WriteSkipped(skipped);
                continue;
            }

            if (item.Failure is { } failure)
            {
                summary.AddUnreadable();
                writer.WriteUnreadable(failure);
                continue;
            }

            var document = item.Document!;
            var result = validator.Read<Model.ContentDocument>(document.Content);
            var verdict = new DocumentResult(document, result.Document?.Kind ?? ContentJson.DetectKind(document.Content.Span), result.Report);
            summary.Add(verdict);
            writer.WriteDocument(verdict);
            progress.Advance(document.Content.Length);
            if (maxErrors is { } limit && summary.Errors >= limit)
            {
                stoppedAfter = summary.Errors;
                break;
            }
        }

        progress.Clear();
        writer.Complete(summary, stoppedAfter);
        return summary.ExitCode;
    }
}
