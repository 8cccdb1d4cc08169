using Lmec.Content.Schemas.Tests.Agreement;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>
/// One differential run shared by the tests of a class: the generated documents, each validated once by the
/// typed path, by <see cref="SchemaValidator"/> and by Ajv.
/// </summary>
public sealed class DifferentialRun
{
    /// <summary>FsCheck's size, which bounds the lists of the generated documents.</summary>
    internal const int Size = 30;

    /// <summary>
    /// Gets the seed of the run: a failure reproduces with the same documents. <c>LMEC_DIFFERENTIAL_SEED</c> sets
    /// another, for a larger run by hand.
    /// </summary>
    internal static ulong Seed { get; } = ulong.TryParse(Environment.GetEnvironmentVariable("LMEC_DIFFERENTIAL_SEED"), out var seed) ? seed : 14_2023_0625;

    /// <summary>
    /// Gets how many documents: enough to reach every value category many times, few enough for CI.
    /// <c>LMEC_DIFFERENTIAL_COUNT</c> sets another.
    /// </summary>
    internal static int Count { get; } = int.TryParse(Environment.GetEnvironmentVariable("LMEC_DIFFERENTIAL_COUNT"), out var count) && count > 0 ? count : 4000;

    private readonly Lock _lock = new();
    private IReadOnlyList<DocumentVerdicts>? _verdicts;

    /// <summary>Gets the verdicts, validating the documents on the first call; skips the test where Ajv cannot run.</summary>
    /// <returns>The verdicts.</returns>
    internal IReadOnlyList<DocumentVerdicts> Verdicts()
    {
        // Before the lock and on every call: each test that needs Ajv is skipped (or fails under CI) on its own.
        AjvRunner.Require();
        lock (_lock)
        {
            return _verdicts ??= Validate(DifferentialCases.Sample(Seed, Size, Count));
        }
    }

    private static List<DocumentVerdicts> Validate(IReadOnlyList<DifferentialCase> cases)
    {
        var typed = new ContentValidator();
        var schema = new SchemaValidator();
        using var ajv = AjvSession.Start();
        return
        [
            .. cases.Select(document => new DocumentVerdicts(
                document,
                Errors(typed.Validate(document.Json)),
                Errors(schema.Validate(document.Json)),
                ajv.Validate(document.Json))),
        ];
    }

    private static IReadOnlyList<ValidationError> Errors(ValidationReport report) =>
        [.. report.Errors.Where(static error => error.Severity == ValidationSeverity.Error)];
}
