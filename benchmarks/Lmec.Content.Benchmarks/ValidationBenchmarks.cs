using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// Reads and fully validates the example issue and each issue of the generated archive, against a plain
/// source-generated deserialization of the same bytes (the baseline of the budget: read and validation
/// within 1.25 times of it). Each input is one category, so that its ratios come from one run.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ValidationBenchmarks
{
    private const string Issue = "Issue: validate";
    private const string Archive = "Archive: validate";

    private readonly ContentValidator _strict = new();
    private readonly ContentValidator _lenient = new(new LmecContentOptions { ReadMode = ContentReadMode.Lenient });
    private byte[] _issue = [];
    private byte[][] _archive = [];

    [GlobalSetup]
    public void Setup()
    {
        var (issue, source) = BenchmarkData.ExampleIssue();
        _issue = ContentJson.SerializeToUtf8Bytes(issue);
        var archive = BenchmarkData.Archive();
        _archive = [.. archive.Select(static document => ContentJson.SerializeToUtf8Bytes(document))];
        Console.WriteLine($"// Issue: {source}; {_issue.Length:N0} bytes. Archive: {_archive.Length} issues, {_archive.Sum(static line => line.Length):N0} bytes.");

        foreach (var validator in new[] { _strict, _lenient })
        {
            BenchmarkData.Verify([issue], "ContentValidator", [Valid(validator, _issue)]);
            BenchmarkData.Verify(archive, "ContentValidator", _archive.Select(line => Valid(validator, line)));
        }
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(Issue)]
    public NewsletterIssue IssueSourceGenerated() => JsonSerializer.Deserialize(_issue, ContentJsonContext.Default.NewsletterIssue)!;

    [Benchmark(Description = "ContentJson strict"), BenchmarkCategory(Issue)]
    public NewsletterIssue IssueContentJson() => ContentJson.Deserialize<NewsletterIssue>(_issue);

    [Benchmark(Description = "read + validate strict"), BenchmarkCategory(Issue)]
    public ContentDocument? IssueValidateStrict() => _strict.Read<ContentDocument>(_issue).Document;

    [Benchmark(Description = "read + validate lenient"), BenchmarkCategory(Issue)]
    public ContentDocument? IssueValidateLenient() => _lenient.Read<ContentDocument>(_issue).Document;

    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(Archive)]
    public int ArchiveSourceGenerated() => ForEach(static line => JsonSerializer.Deserialize(line, ContentJsonContext.Default.NewsletterIssue)!.Articles.Count);

    [Benchmark(Description = "ContentJson strict"), BenchmarkCategory(Archive)]
    public int ArchiveContentJson() => ForEach(static line => ContentJson.Deserialize<NewsletterIssue>(line).Articles.Count);

    [Benchmark(Description = "read + validate strict"), BenchmarkCategory(Archive)]
    public int ArchiveValidateStrict() => ForEach(line => _strict.Read<ContentDocument>(line).Document!.Organisations.Count);

    [Benchmark(Description = "read + validate lenient"), BenchmarkCategory(Archive)]
    public int ArchiveValidateLenient() => ForEach(line => _lenient.Read<ContentDocument>(line).Document!.Organisations.Count);

    private static NewsletterIssue Valid(ContentValidator validator, byte[] utf8Json)
    {
        var result = validator.Read<NewsletterIssue>(utf8Json);
        return result.IsValid && result.Report.Errors.Count == 0
            ? result.Document!
            : throw new InvalidOperationException($"A benchmark document has findings: {string.Join("; ", result.Report.Errors)}");
    }

    private int ForEach(Func<byte[], int> read)
    {
        var total = 0;
        foreach (var line in _archive)
        {
            total += read(line);
        }

        return total;
    }
}
