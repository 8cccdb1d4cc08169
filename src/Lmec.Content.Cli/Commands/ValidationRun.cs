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
            var report = maxErrors is { } limit ? UpTo(result.Report, limit - summary.Errors) : result.Report;
            var verdict = new DocumentResult(document, result.Document?.Kind ?? ContentJson.DetectKind(document.Content.Span), report);
            summary.Add(verdict);
            writer.WriteDocument(verdict);
            progress.Advance(document.Content.Length);
            if (maxErrors is { } stop && summary.Errors >= stop)
            {
                stoppedAfter = summary.Errors;
                break;
            }
        }

        progress.Clear();
        writer.Complete(summary, stoppedAfter);
        return summary.ExitCode;
    }

    // --max-errors N reports N errors, not the N-th and the rest of its document: the findings after it are cut.
    private static ValidationReport UpTo(ValidationReport report, int errors)
    {
        var count = 0;
        for (var index = 0; index < report.Errors.Count; index++)
        {
            if (report.Errors[index].Severity == ValidationSeverity.Error && ++count == errors)
            {
                return index == report.Errors.Count - 1 ? report : new ValidationReport(report.Errors.Take(index + 1));
            }
        }

        return report;
    }
}
