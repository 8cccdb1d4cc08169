using Lmec.Content.Cli.Inputs;
using Lmec.Content.Cli.Reporting;
using Lmec.Content.Reports;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Commands;

/// <summary>
/// One run of <c>validate</c>: reads the inputs as a stream, validates the documents in parallel
/// (<see cref="ContentValidator.ReadManyAsync{TItem, TResult}"/>, a bounded number ahead of the writing) and writes each verdict, on
/// this one flow, in the order of the inputs, so the output is the same whatever the parallelism.
/// </summary>
/// <param name="validator">The validator.</param>
/// <param name="reader">Reads the inputs.</param>
/// <param name="writer">Writes the verdicts.</param>
/// <param name="console">The terminal: progress, and the files passed over, go to its standard error.</param>
/// <param name="text">The tool's own sentences, in the language asked for.</param>
/// <param name="maxErrors">The error count to stop at, or <see langword="null"/> to check everything.</param>
/// <param name="parallel">How many documents are checked at once (<c>--parallel</c>); the verdicts are written in the order of the inputs whatever it is.</param>
/// <param name="checkedDocument">Told of every document checked with its full report, as <c>--receipt</c> needs; <see langword="null"/> for none.</param>
internal sealed class ValidationRun(ContentValidator validator, InputReader reader, ReportWriter writer, CliConsole console, CliText text, int? maxErrors, int parallel, Action<InputDocument, ValidationReport>? checkedDocument = null)
{
    private readonly ProgressReporter _progress = new(console, text);

    /// <summary>Runs.</summary>
    /// <param name="paths">The inputs.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The exit code.</returns>
    public async Task<int> ExecuteAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var summary = new RunSummary();
        int? stoppedAfter = null;
        // The verdict is made on the validating threads, so the document read is not held while earlier ones are written.
        var checks = validator.ReadManyAsync(
            reader.ReadAsync(paths, cancellationToken),
            static item => item.Document?.Content,
            static (item, result) => (Item: item, Verdict: result is null ? null : DocumentResult.Of(item.Document!, result)),
            new ParallelValidationOptions { MaxDegreeOfParallelism = parallel },
            cancellationToken);
        try
        {
            await foreach (var (item, checkedVerdict) in checks.ConfigureAwait(false))
            {
                if (item.Skipped is { } skipped)
                {
                    // Said on standard error in every format: a file passed over is no document and no failure, so machine output does not list it.
                    await console.Error.WriteLineAsync(text.SkippedNotAFile(PrintableText.Of(skipped))).ConfigureAwait(false);
                    continue;
                }

                if (item.Failure is { } failure)
                {
                    summary.AddUnreadable();
                    writer.WriteUnreadable(failure);
                    continue;
                }

                var document = item.Document!;
                var verdict = checkedVerdict!;
                checkedDocument?.Invoke(document, verdict.Report);
                if (maxErrors is { } limit)
                {
                    verdict = verdict with { Report = UpTo(verdict.Report, limit - summary.Errors) };
                }

                summary.Add(verdict);
                writer.WriteDocument(verdict);
                _progress.Advance(document.Content.Length, summary.Errors);
                if (maxErrors is { } stop && summary.Errors >= stop)
                {
                    stoppedAfter = summary.Errors;
                    break;
                }
            }
        }
        finally
        {
            _progress.Clear();
        }

        writer.Complete(summary, stoppedAfter);
        return summary.Unreadable > 0 ? ExitCodes.UsageOrUnreadable : summary.Invalid > 0 ? ExitCodes.Invalid : ExitCodes.Success;
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
