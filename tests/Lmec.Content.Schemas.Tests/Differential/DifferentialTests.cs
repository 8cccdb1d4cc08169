using Lmec.Content.Validation;
using Xunit.Abstractions;

namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>
/// The differential test of issue 14: on generated documents, valid ones and structure-aware mutations of them,
/// the typed path and <see cref="SchemaValidator"/> each give the verdict Ajv gives with the committed schemas,
/// document by document and in both directions. The only allowed difference is a finding of a rule listed in
/// <see cref="Lmec.Content.Contract.SchemaInexpressibleRules"/>.
/// </summary>
/// <remarks>
/// The documents come from FsCheck generators sampled with a fixed seed rather than from a property run, so
/// that a failure lists every disagreeing document at once instead of one shrunk counterexample.
/// </remarks>
public class DifferentialTests(DifferentialRun run, ITestOutputHelper output) : IClassFixture<DifferentialRun>
{
    [SkippableFact]
    public void GeneratedDocuments_TypedValidationAndAjv_GiveOneVerdict() =>
        AssertAgreement("typed", static verdicts => verdicts.TypedComparable);

    [SkippableFact]
    public void GeneratedDocuments_SchemaValidatorAndAjv_GiveOneVerdict() =>
        AssertAgreement("SchemaValidator", static verdicts => verdicts.Schema);

    [SkippableFact]
    public void GeneratedDocuments_WhereBothPathsFindAFaultAtOnePointer_GiveItTheSameCode()
    {
        var verdicts = run.Verdicts();
        var differences = new List<string>();
        var compared = 0;
        foreach (var (document, index) in verdicts.Select(static (document, index) => (document, index)))
        {
            // A fault of a rule no schema can state is not one both paths can find.
            var typed = document.Typed.Where(static error => !Lmec.Content.Contract.SchemaInexpressibleRules.Codes.ContainsKey(error.Code)).ToLookup(static error => error.Path, static error => error.Code);
            foreach (var pointer in document.Schema.Select(static error => error.Path).Distinct(StringComparer.Ordinal).Where(pointer => typed.Contains(pointer)))
            {
                var schemaCodes = document.Schema.Where(error => error.Path == pointer).Select(static error => error.Code).ToHashSet(StringComparer.Ordinal);
                compared++;
                if (!schemaCodes.Overlaps(typed[pointer]))
                {
                    differences.Add($"#{index} {document.Case}: at {pointer} typed {string.Join("+", typed[pointer])}, SchemaValidator {string.Join("+", schemaCodes)}");
                }
            }
        }

        output.WriteLine($"{differences.Count} of {compared} pointers where both paths find a fault give it different codes.");
        Assert.True(compared > verdicts.Count / 2, $"Only {compared} pointers where both paths find a fault: the generated faults no longer reach both.");
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(40)));
    }

    private void AssertAgreement(string ours, Func<DocumentVerdicts, IReadOnlyList<ValidationError>> errors)
    {
        var verdicts = run.Verdicts();
        var disagreements = verdicts.Select((document, index) => (Document: document, Index: index, Errors: errors(document)))
            .Where(static entry => (entry.Errors.Count == 0) != entry.Document.Ajv.IsValid)
            .ToList();
        var accepted = disagreements.Count(static entry => entry.Errors.Count == 0);
        var summary = $"{ours} and Ajv disagree on {disagreements.Count} of {verdicts.Count} documents (seed {DifferentialRun.Seed}, size {DifferentialRun.Size}): " +
            $"{ours} accepts {accepted} that Ajv rejects and rejects {disagreements.Count - accepted} that Ajv accepts; Ajv rejects {verdicts.Count(static document => !document.Ajv.IsValid)} in all.";
        output.WriteLine(summary);
        Assert.True(
            disagreements.Count == 0,
            summary + "\nBy what each found (documents):\n" +
            string.Join("\n", disagreements.GroupBy(static entry => entry.Document.Pattern(entry.Errors)).OrderByDescending(static group => group.Count()).Select(static group => $"  {group.Count(),5}  {group.Key}")) +
            "\nEach document:\n" +
            string.Join("\n", disagreements.Select(entry => entry.Document.Describe(entry.Index, ours, entry.Errors))));
    }
}
