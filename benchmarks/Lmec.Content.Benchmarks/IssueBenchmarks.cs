using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// Reads and writes one newsletter issue with <see cref="ContentJson"/>, plain source-generated
/// System.Text.Json (the baseline), System.Text.Json with reflection metadata, and Newtonsoft.Json.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class IssueBenchmarks
{
    private const string Read = "Issue: deserialize";
    private const string Write = "Issue: serialize";

    private NewsletterIssue _issue = null!;
    private byte[] _utf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        (_issue, var source) = BenchmarkData.ExampleIssue();
        _utf8 = ContentJson.SerializeToUtf8Bytes(_issue);
        Console.WriteLine($"// Issue: {source}; {_utf8.Length:N0} bytes as ContentJson writes it.");

        BenchmarkData.Verify([_issue, _issue], "ContentJson", [DeserializeContentJson(), DeserializeContentJsonLenient()]);
        BenchmarkData.Verify([_issue], "System.Text.Json source-generated", [DeserializeSourceGenerated()]);
        BenchmarkData.Verify([_issue], "System.Text.Json reflection", [DeserializeReflection()]);
        BenchmarkData.Verify([_issue], "Newtonsoft.Json", [DeserializeNewtonsoft()]);
        foreach (var written in new[] { SerializeContentJson(), SerializeSourceGenerated(), SerializeReflection(), SerializeNewtonsoft() })
        {
            BenchmarkData.Verify([_issue], "A writer", [ContentJson.Deserialize<NewsletterIssue>(written)]);
        }
    }

    [Benchmark(Description = "ContentJson strict"), BenchmarkCategory(Read)]
    public NewsletterIssue DeserializeContentJson() => ContentJson.Deserialize<NewsletterIssue>(_utf8);

    [Benchmark(Description = "ContentJson lenient"), BenchmarkCategory(Read)]
    public NewsletterIssue DeserializeContentJsonLenient() => ContentJson.Deserialize<NewsletterIssue>(_utf8, ContentReadMode.Lenient);

    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(Read)]
    public NewsletterIssue DeserializeSourceGenerated() => JsonSerializer.Deserialize(_utf8, ContentJsonContext.Default.NewsletterIssue)!;

    [Benchmark(Description = "STJ reflection"), BenchmarkCategory(Read)]
    public NewsletterIssue DeserializeReflection() => JsonSerializer.Deserialize<NewsletterIssue>(_utf8, ComparedSerializers.Reflection)!;

    [Benchmark(Description = "Newtonsoft.Json"), BenchmarkCategory(Read)]
    public NewsletterIssue DeserializeNewtonsoft() => ComparedSerializers.ReadNewtonsoft<NewsletterIssue>(_utf8);

    [Benchmark(Description = "ContentJson"), BenchmarkCategory(Write)]
    public byte[] SerializeContentJson() => ContentJson.SerializeToUtf8Bytes(_issue);

    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(Write)]
    public byte[] SerializeSourceGenerated() => JsonSerializer.SerializeToUtf8Bytes(_issue, ContentJsonContext.Default.NewsletterIssue);

    [Benchmark(Description = "STJ reflection"), BenchmarkCategory(Write)]
    public byte[] SerializeReflection() => JsonSerializer.SerializeToUtf8Bytes(_issue, ComparedSerializers.Reflection);

    [Benchmark(Description = "Newtonsoft.Json"), BenchmarkCategory(Write)]
    public byte[] SerializeNewtonsoft() => ComparedSerializers.WriteNewtonsoft(_issue);
}
