using FsCheck.Fluent;
using Lmec.Content.Tests.Mutation;
using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation;

public class ConcurrencyTests
{
    // The load test's documents per thread: 10,000 in the full run (LMEC_LOAD_DOCUMENTS=10000), fewer on CI.
    private static readonly int DocumentsPerThread = int.TryParse(Environment.GetEnvironmentVariable("LMEC_LOAD_DOCUMENTS"), out var count) && count > 0 ? count : 1_000;

    [Fact]
    public void Validate_OneValidatorUnderLoadOfEightThreads_GivesTheReportsOfOneThread()
    {
        const int Threads = 8;
        var validator = Validator();
        var inputs = MutationSeeds.Mutated().Generator.Sample(40, 500).Select(static input => input.Utf8).ToArray();
        var expected = inputs.Select(input => validator.Validate(input)).ToArray();
        var differences = new int[Threads];

        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, thread =>
        {
            for (var i = 0; i < DocumentsPerThread; i++)
            {
                var index = ((thread * DocumentsPerThread) + i) % inputs.Length;
                var report = validator.Validate(inputs[index]);
                differences[thread] += report.IsValid == expected[index].IsValid && report.Errors.SequenceEqual(expected[index].Errors) ? 0 : 1;
            }
        });

        Assert.Equal(new int[Threads], differences);
        Assert.Contains(expected, report => report.IsValid);
        Assert.Contains(expected, report => !report.IsValid);
    }

    [Fact]
    public void Validate_SharedByManyThreads_GivesTheReportsOfOneThread()
    {
        var validator = Validator(options => options.Rules.Add(new CountingRule()));
        var documents = Enumerable.Range(0, 60).Select(Variant).ToArray();
        var sequential = documents.Select(document => Describe(validator.Validate(document))).ToArray();
        var parallel = new string[documents.Length * 4];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Describe(validator.Validate(documents[i % documents.Length])));
        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % documents.Length], parallel[i]);
        }

        Assert.Contains(sequential, report => !report.Contains(" error ", StringComparison.Ordinal));
        Assert.Contains(sequential, report => report.Contains("LMEC202", StringComparison.Ordinal));
    }

    private static string Variant(int i) => (i % 6) switch
    {
        0 => Newsletter,
        1 => Edit(Newsletter, root => root["articles"]![0]!["speeches"]![i % 4]!["speakerId"] = "ghost-" + i),
        2 => Edit(Newsletter, root => root["year"] = 2000 + i),
        3 => Edit(Newsletter, root => root["articles"]![0]!["unknown" + i] = i),
        4 => Newsletter[..(i * 37 % Newsletter.Length)],
        _ => Edit(Submission, root => root["people"]![0]!["id"] = "p" + i),
    };

    private static string Describe(ValidationReport report) => string.Join("\n", report.Errors);

    private sealed class CountingRule : ContentRule
    {
        public override string Code => "ACME100";

        public override ValidationSeverity DefaultSeverity => ValidationSeverity.Warning;

        public override void Check(Content.Model.ContentDocument document, ContentRuleContext context)
        {
            if (document.People.Count > 3)
            {
                context.Report("/people", "many people");
            }
        }
    }
}
