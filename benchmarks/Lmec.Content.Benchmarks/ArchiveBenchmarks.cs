using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// Reads and writes an archive of generated issues as NDJSON, one issue a line, with each serializer;
/// System.Text.Json readers take each line as a span, Newtonsoft.Json reads the lines as multiple
/// content from one reader, as each is best used.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet creates the instance and calls GlobalCleanup, which disposes the stream.")]
public class ArchiveBenchmarks
{
    private const string Read = "Archive: deserialize";
    private const string Write = "Archive: serialize";

    private readonly MemoryStream _output = new();
    private IReadOnlyList<NewsletterIssue> _archive = [];
    private byte[] _ndjson = [];

    [GlobalSetup]
    public void Setup()
    {
        _archive = BenchmarkData.Archive();
        _ndjson = Written(SerializeContentJson);
        Console.WriteLine($"// Archive: {_archive.Count} generated issues (seed {BenchmarkData.Seed}); {_ndjson.Length:N0} bytes of NDJSON, {_ndjson.Length / _archive.Count:N0} bytes an issue.");

        BenchmarkData.Verify(_archive, "ContentJson", ReadAll(line => ContentJson.Deserialize<NewsletterIssue>(line)));
        BenchmarkData.Verify(_archive, "System.Text.Json source-generated", ReadAll(line => JsonSerializer.Deserialize(line, ContentJsonContext.Default.NewsletterIssue)!));
        BenchmarkData.Verify(_archive, "System.Text.Json reflection", ReadAll(line => JsonSerializer.Deserialize<NewsletterIssue>(line, ComparedSerializers.Reflection)!));
        BenchmarkData.Verify(_archive, "Newtonsoft.Json", ReadNewtonsoft(_ndjson));
        foreach (var write in new Func<long>[] { SerializeSourceGenerated, SerializeReflection, SerializeNewtonsoft })
        {
            BenchmarkData.Verify(_archive, "A writer", ReadNewtonsoft(Written(write)));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _output.Dispose();

    [Benchmark(Description = "ContentJson strict"), BenchmarkCategory(Read)]
    public int DeserializeContentJson() => ForEachLine(static line => ContentJson.Deserialize<NewsletterIssue>(line).Articles.Count);

    [Benchmark(Description = "ContentJson lenient"), BenchmarkCategory(Read)]
    public int DeserializeContentJsonLenient() => ForEachLine(static line => ContentJson.Deserialize<NewsletterIssue>(line, ContentReadMode.Lenient).Articles.Count);

    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(Read)]
    public int DeserializeSourceGenerated() => ForEachLine(static line => JsonSerializer.Deserialize(line, ContentJsonContext.Default.NewsletterIssue)!.Articles.Count);

    [Benchmark(Description = "STJ reflection"), BenchmarkCategory(Read)]
    public int DeserializeReflection() => ForEachLine(static line => JsonSerializer.Deserialize<NewsletterIssue>(line, ComparedSerializers.Reflection)!.Articles.Count);

    [Benchmark(Description = "Newtonsoft.Json"), BenchmarkCategory(Read)]
    public int DeserializeNewtonsoft() => ReadNewtonsoft(_ndjson).Sum(static issue => issue.Articles.Count);

    [Benchmark(Description = "ContentJson"), BenchmarkCategory(Write)]
    public long SerializeContentJson() => WriteAll(static (stream, issue) => ContentJson.Serialize(stream, issue));

    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(Write)]
    public long SerializeSourceGenerated() => WriteAll(static (stream, issue) => JsonSerializer.Serialize(stream, issue, ContentJsonContext.Default.NewsletterIssue));

    [Benchmark(Description = "STJ reflection"), BenchmarkCategory(Write)]
    public long SerializeReflection() => WriteAll(static (stream, issue) => JsonSerializer.Serialize(stream, issue, ComparedSerializers.Reflection));

    [Benchmark(Description = "Newtonsoft.Json"), BenchmarkCategory(Write)]
    public long SerializeNewtonsoft()
    {
        _output.SetLength(0);
        using (var writer = new StreamWriter(_output, ComparedSerializers.Utf8, leaveOpen: true))
        {
            foreach (var issue in _archive)
            {
                ComparedSerializers.NewtonsoftJson.Serialize(writer, issue);
                writer.Write('\n');
            }
        }

        return _output.Length;
    }

    private static IEnumerable<NewsletterIssue> ReadNewtonsoft(byte[] ndjson)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(ndjson), ComparedSerializers.Utf8)) { SupportMultipleContent = true };
        while (reader.Read())
        {
            yield return ComparedSerializers.NewtonsoftJson.Deserialize<NewsletterIssue>(reader)!;
        }
    }

    private int ForEachLine(ReadLine read)
    {
        var total = 0;
        for (ReadOnlySpan<byte> rest = _ndjson; !rest.IsEmpty;)
        {
            var end = rest.IndexOf((byte)'\n');
            total += read(rest[..end]);
            rest = rest[(end + 1)..];
        }

        return total;
    }

    private List<NewsletterIssue> ReadAll(Func<byte[], NewsletterIssue> read)
    {
        var issues = new List<NewsletterIssue>();
        ForEachLine(line =>
        {
            issues.Add(read(line.ToArray()));
            return 0;
        });
        return issues;
    }

    private long WriteAll(Action<Stream, NewsletterIssue> write)
    {
        _output.SetLength(0);
        foreach (var issue in _archive)
        {
            write(_output, issue);
            _output.WriteByte((byte)'\n');
        }

        return _output.Length;
    }

    private byte[] Written(Func<long> write)
    {
        write();
        return _output.ToArray();
    }

    private delegate int ReadLine(ReadOnlySpan<byte> line);
}
