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
    [Fact]
    public void GeneratedDocuments_TypedValidationAndAjv_GiveOneVerdict() =>
        AssertAgreement("typed", static verdicts => verdicts.TypedComparable);

    [Fact]
    public void GeneratedDocuments_SchemaValidatorAndAjv_GiveOneVerdict() =>
        AssertAgreement("SchemaValidator", static verdicts => verdicts.Schema);

    private void AssertAgreement(string ours, Func<DocumentVerdicts, IReadOnlyList<ValidationError>> errors)
    {
        if (run.Verdicts(output) is not { } verdicts)
        {
            return;
        }

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
