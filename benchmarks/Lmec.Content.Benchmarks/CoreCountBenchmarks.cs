using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Lmec.Content.Model;
using Lmec.Content.Schemas;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using NJsonSchema;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// Validates the generated archive (200 issues in memory) on 1, 2 and all cores: our validator beside the floor of
/// parsing every document with <see cref="JsonDocument"/> and touching every value (the baseline: the ratio column is
/// the ratio to the floor on the same cores), a plain source-generated deserialization, NJsonSchema and JsonSchema.Net
/// against the published newsletter schema. The <c>MB/s</c> column feeds the chart (<c>benchmarks/chart/throughput.py</c>).
/// </summary>
/// <remarks>
/// Every row shares one way of spreading the documents over the cores: as many workers as cores, each taking the next
/// document until none is left. The row "ValidateManyAsync" is the library's own parallel validation of many documents
/// (<see cref="ContentValidator.ValidateManyAsync"/>), in input order, beside the same validation spread as the others are. NJsonSchema is given each document as a string, decoded once in setup, since that is what
/// it reads; JsonSchema.Net is given a <see cref="JsonDocument"/> it parses from the bytes and evaluates the published
/// bundle with formats asserted and the list of errors as output, which is what NJsonSchema returns. Setup fails the run unless every validator finds every document valid.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(CoreCountConfig))]
[WarmupCount(3)]
[IterationCount(15)]
public class CoreCountBenchmarks
{
    private readonly ContentValidator _validator = new();
    private readonly JsonSchemaNetNewsletter _jsonSchemaNet = new();
    private byte[][] _archive = [];
    private string[] _archiveText = [];
    private JsonSchema _schema = null!;

    /// <summary>Gets or sets how many cores validate at once.</summary>
    [ParamsSource(nameof(CoreCounts))]
    public int Cores { get; set; }

    /// <summary>Gets the core counts measured: 1, 2 and all, each once.</summary>
    /// <returns>The core counts.</returns>
    public static IEnumerable<int> CoreCounts() => new[] { 1, 2, Environment.ProcessorCount }.Distinct().Order();

    [GlobalSetup]
    public void Setup()
    {
        var archive = BenchmarkData.Archive();
        _archive = BenchmarkData.ArchiveLines(archive);
        _archiveText = [.. _archive.Select(static line => Encoding.UTF8.GetString(line))];
        _schema = SchemaRegistry.Default.GetSchema(ContentSchemas.ForDocumentKind(DocumentKind.NewsletterIssue));
        Console.WriteLine($"// Archive: {_archive.Length} issues, {_archive.Sum(static line => line.Length):N0} bytes; {Cores} of {Environment.ProcessorCount} cores.");

        BenchmarkData.Verify(archive, "ContentValidator", _archive.Select(line => _validator.Read<NewsletterIssue>(line) is { IsValid: true, Report.Errors.Count: 0 } result
            ? result.Document!
            : throw new InvalidOperationException($"A benchmark document has findings: {string.Join("; ", _validator.Read<NewsletterIssue>(line).Report.Errors)}")));
        Require("NJsonSchema", _archiveText.All(line => _schema.Validate(line).Count == 0));
        Require("JsonSchema.Net", _archive.All(_jsonSchemaNet.IsValid));
    }

    [Benchmark(Baseline = true, Description = "JsonDocument floor")]
    public long Floor() => OnCores(_archive, static line => JsonDocumentFloor.ParseAndTouch(line));

    [Benchmark(Description = "STJ source-gen")]
    public long SourceGenerated() => OnCores(_archive, static line => JsonSerializer.Deserialize(line, ContentJsonContext.Default.NewsletterIssue)!.Articles.Count);

    [Benchmark(Description = "read + validate strict")]
    public long ValidateStrict() => OnCores(_archive, line => _validator.Read<ContentDocument>(line).Document!.Organisations.Count);

    [Benchmark(Description = "ValidateManyAsync")]
    public async Task<long> ValidateMany()
    {
        var valid = 0L;
        await foreach (var report in _validator.ValidateManyAsync(Documents(), new ParallelValidationOptions { MaxDegreeOfParallelism = Cores }).ConfigureAwait(false))
        {
            valid += report.IsValid ? 1 : 0;
        }

        return valid;
    }

    [Benchmark(Description = "NJsonSchema")]
    public long NJsonSchema() => OnCores(_archiveText, line => _schema.Validate(line).Count);

    [Benchmark(Description = "JsonSchema.Net")]
    public long JsonSchemaNet() => OnCores(_archive, line => _jsonSchemaNet.IsValid(line) ? 1 : 0);

#pragma warning disable CS1998 // The documents are in memory: the source never waits.
    private async IAsyncEnumerable<ReadOnlyMemory<byte>> Documents()
#pragma warning restore CS1998
    {
        foreach (var line in _archive)
        {
            yield return line;
        }
    }

    private static void Require(string name, bool valid)
    {
        if (!valid)
        {
            throw new InvalidOperationException($"{name} finds an error in a benchmark document, so it would not time a full validation.");
        }
    }

    // As many workers as cores, each taking the next document until none is left: uneven documents spread evenly.
    private long OnCores<T>(T[] documents, Func<T, long> work)
    {
        var total = 0L;
        var next = -1;
        Parallel.For(0, Cores, new ParallelOptions { MaxDegreeOfParallelism = Cores }, _ =>
        {
            var sum = 0L;
            for (int index; (index = Interlocked.Increment(ref next)) < documents.Length;)
            {
                sum += work(documents[index]);
            }

            Interlocked.Add(ref total, sum);
        });
        return total;
    }
}
