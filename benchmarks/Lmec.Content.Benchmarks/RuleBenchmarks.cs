using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using Lmec.Content.Validation.Rules;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// Times the semantic rules alone (the value rules' walk, the extensions and the document rules) on documents already
/// read: the example issue and each issue of the generated archive, beside a plain source-generated deserialization of
/// the same document, so that the rules' share of a validation is a figure of its own. The archive rows are per
/// document (<see cref="BenchmarkAttribute.OperationsPerInvoke"/> is the archive's size).
/// </summary>
/// <remarks>Setup fails the run unless the rules find nothing in every document, so each row times the walk of a valid document.</remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class RuleBenchmarks
{
    private const string Issue = "Issue: rules";
    private const string Archive = "Archive: rules, per document";

    private readonly ValidationSettings _settings = new(new LmecContentOptions());
    private byte[] _issueJson = [];
    private NewsletterIssue _issue = null!;
    private byte[][] _archiveJson = [];
    private NewsletterIssue[] _archive = [];

    [GlobalSetup]
    public void Setup()
    {
        var (issue, source) = BenchmarkData.ExampleIssue();
        _issueJson = ContentJson.SerializeToUtf8Bytes(issue);
        _issue = ContentJson.Deserialize<NewsletterIssue>(_issueJson);
        _archiveJson = [.. BenchmarkData.Archive().Select(static document => ContentJson.SerializeToUtf8Bytes(document))];
        _archive = [.. _archiveJson.Select(static line => ContentJson.Deserialize<NewsletterIssue>(line))];
        Console.WriteLine($"// Issue: {source}. Archive: {_archive.Length} issues.");
        foreach (var document in _archive.Prepend(_issue))
        {
            if (RunRules(document) != 0)
            {
                throw new InvalidOperationException("The rules find something in a benchmark document, so it would not time the walk of a valid document.");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(Issue)]
    public NewsletterIssue IssueSourceGenerated() => JsonSerializer.Deserialize(_issueJson, ContentJsonContext.Default.NewsletterIssue)!;

    [Benchmark(Description = "rules"), BenchmarkCategory(Issue)]
    public int IssueRules() => RunRules(_issue);

    [Benchmark(Baseline = true, Description = "STJ source-gen", OperationsPerInvoke = BenchmarkData.ArchiveSize), BenchmarkCategory(Archive)]
    public int ArchiveSourceGenerated()
    {
        var total = 0;
        foreach (var line in _archiveJson)
        {
            total += JsonSerializer.Deserialize(line, ContentJsonContext.Default.NewsletterIssue)!.Articles.Count;
        }

        return total;
    }

    [Benchmark(Description = "rules", OperationsPerInvoke = BenchmarkData.ArchiveSize), BenchmarkCategory(Archive)]
    public int ArchiveRules()
    {
        var total = 0;
        foreach (var document in _archive)
        {
            total += RunRules(document);
        }

        return total;
    }

    private int RunRules(ContentDocument document)
    {
        var findings = new ValidationFindings(_settings.Messages, CultureInfo.InvariantCulture, _settings.Limits.MaxFindings);
        RuleRunner.Run(document, _settings, findings, reportUnknownMembers: false);
        return findings.Count;
    }
}
