using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Lmec.Content.Model;
using Lmec.Content.Schemas;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using NJsonSchema;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// Reads and fully validates the example issue and each issue of the generated archive, against a plain
/// source-generated deserialization of the same bytes (the baseline of the budget: read and validation
/// within 1.15 times of it); and validates the same text against the published schema, with
/// <see cref="SchemaValidator"/> and with NJsonSchema alone (the typed path must be at least 5 times
/// faster); and with JsonSchema.Net on the published bundle, as a partner on System.Text.Json would. Each input is one category, so that its ratios come from one run.
/// </summary>
/// <remarks>
/// NJsonSchema is given the text as a string, decoded once in setup, since that is what it reads; every
/// other reader is given the UTF-8 bytes. JsonSchema.Net parses them with <see cref="JsonDocument"/> and
/// evaluates the bundle <c>schemas/v1/bundled/newsletter-issue.schema.json</c>, asserting formats, with the
/// list of errors as output, which is what NJsonSchema returns. Setup fails the run unless every validator finds every input valid.
/// The "scanning first" rows validate as before the single pass (the JSON front end scans, then the typed read), to show
/// within one run what reading in one pass saves.
/// </remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ValidationBenchmarks
{
    private const string Issue = "Issue: validate";
    private const string Archive = "Archive: validate";

    private readonly SchemaValidator _schemaValidator = new();
    private readonly ContentValidator _strict = new();
    private readonly ContentValidator _lenient = new(new LmecContentOptions { ReadMode = ContentReadMode.Lenient });
    private readonly ContentValidator _withSchemas;
    private readonly JsonSchemaNetNewsletter _jsonSchemaNet = new();
    private ContentValidator _issueScanningFirst = null!;
    private ContentValidator _archiveScanningFirst = null!;
    private JsonSchema _schema = null!;
    private byte[] _issue = [];
    private string _issueText = string.Empty;
    private byte[][] _archive = [];
    private string[] _archiveText = [];

    /// <summary>Initializes the benchmarks: the content validator that runs the schema check too shares the schema validator.</summary>
    public ValidationBenchmarks() => _withSchemas = new(new LmecContentOptions(), [_schemaValidator]);

    [GlobalSetup]
    public void Setup()
    {
        var (issue, source) = BenchmarkData.ExampleIssue();
        _issue = ContentJson.SerializeToUtf8Bytes(issue);
        _issueText = Encoding.UTF8.GetString(_issue);
        var archive = BenchmarkData.Archive();
        _archive = [.. archive.Select(static document => ContentJson.SerializeToUtf8Bytes(document))];
        _archiveText = [.. _archive.Select(static line => Encoding.UTF8.GetString(line))];
        _issueScanningFirst = ScanningFirst(_issue.Length);
        _archiveScanningFirst = ScanningFirst(_archive.Min(static line => line.Length));
        _schema = SchemaRegistry.Default.GetSchema(ContentSchemas.ForDocumentKind(DocumentKind.NewsletterIssue));
        Console.WriteLine($"// Issue: {source}; {_issue.Length:N0} bytes. Archive: {_archive.Length} issues, {_archive.Sum(static line => line.Length):N0} bytes.");

        foreach (var validator in new[] { _strict, _lenient, _withSchemas })
        {
            BenchmarkData.Verify([issue], "ContentValidator", [Valid(validator, _issue)]);
            BenchmarkData.Verify(archive, "ContentValidator", _archive.Select(line => Valid(validator, line)));
        }

        BenchmarkData.Verify([issue], "ContentValidator", [Valid(_issueScanningFirst, _issue)]);
        BenchmarkData.Verify(archive, "ContentValidator", _archive.Select(line => Valid(_archiveScanningFirst, line)));

        RequireNoErrors("SchemaValidator", [_issue, .. _archive], utf8 => _schemaValidator.Validate(utf8).Errors.Select(static error => error.ToString()));
        RequireNoErrors("NJsonSchema", [_issueText, .. _archiveText], text => _schema.Validate(text).Select(static error => error.ToString()));
        RequireNoErrors("JsonSchema.Net", [_issue, .. _archive], utf8 => _jsonSchemaNet.IsValid(utf8) ? [] : ["the document is invalid"]);
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(Issue)]
    public NewsletterIssue IssueSourceGenerated() => JsonSerializer.Deserialize(_issue, ContentJsonContext.Default.NewsletterIssue)!;

    [Benchmark(Description = "ContentJson strict"), BenchmarkCategory(Issue)]
    public NewsletterIssue IssueContentJson() => ContentJson.Deserialize<NewsletterIssue>(_issue);

    [Benchmark(Description = "read + validate strict"), BenchmarkCategory(Issue)]
    public ContentDocument? IssueValidateStrict() => _strict.Read<ContentDocument>(_issue).Document;

    [Benchmark(Description = "read + validate strict, scanning first"), BenchmarkCategory(Issue)]
    public ContentDocument? IssueValidateStrictScanningFirst() => _issueScanningFirst.Read<ContentDocument>(_issue).Document;

    [Benchmark(Description = "read + validate lenient"), BenchmarkCategory(Issue)]
    public ContentDocument? IssueValidateLenient() => _lenient.Read<ContentDocument>(_issue).Document;

    [Benchmark(Description = "read + validate strict + schemas"), BenchmarkCategory(Issue)]
    public ContentDocument? IssueValidateWithSchemas() => _withSchemas.Read<ContentDocument>(_issue).Document;

    [Benchmark(Description = "SchemaValidator"), BenchmarkCategory(Issue)]
    public int IssueSchemaValidator() => _schemaValidator.Validate(_issue).Errors.Count;

    [Benchmark(Description = "NJsonSchema"), BenchmarkCategory(Issue)]
    public int IssueNJsonSchema() => _schema.Validate(_issueText).Count;

    [Benchmark(Description = "JsonSchema.Net"), BenchmarkCategory(Issue)]
    public bool IssueJsonSchemaNet() => _jsonSchemaNet.IsValid(_issue);

    [Benchmark(Baseline = true, Description = "STJ source-gen"), BenchmarkCategory(Archive)]
    public int ArchiveSourceGenerated() => ForEach(_archive, static line => JsonSerializer.Deserialize(line, ContentJsonContext.Default.NewsletterIssue)!.Articles.Count);

    [Benchmark(Description = "ContentJson strict"), BenchmarkCategory(Archive)]
    public int ArchiveContentJson() => ForEach(_archive, static line => ContentJson.Deserialize<NewsletterIssue>(line).Articles.Count);

    [Benchmark(Description = "read + validate strict"), BenchmarkCategory(Archive)]
    public int ArchiveValidateStrict() => ForEach(_archive, line => _strict.Read<ContentDocument>(line).Document!.Organisations.Count);

    [Benchmark(Description = "read + validate strict, scanning first"), BenchmarkCategory(Archive)]
    public int ArchiveValidateStrictScanningFirst() => ForEach(_archive, line => _archiveScanningFirst.Read<ContentDocument>(line).Document!.Organisations.Count);

    [Benchmark(Description = "read + validate lenient"), BenchmarkCategory(Archive)]
    public int ArchiveValidateLenient() => ForEach(_archive, line => _lenient.Read<ContentDocument>(line).Document!.Organisations.Count);

    [Benchmark(Description = "read + validate strict + schemas"), BenchmarkCategory(Archive)]
    public int ArchiveValidateWithSchemas() => ForEach(_archive, line => _withSchemas.Read<ContentDocument>(line).Document!.Organisations.Count);

    [Benchmark(Description = "SchemaValidator"), BenchmarkCategory(Archive)]
    public int ArchiveSchemaValidator() => ForEach(_archive, line => _schemaValidator.Validate(line).Errors.Count);

    [Benchmark(Description = "NJsonSchema"), BenchmarkCategory(Archive)]
    public int ArchiveNJsonSchema() => ForEach(_archiveText, line => _schema.Validate(line).Count);

    /// <summary>
    /// Makes a strict validator whose string limit lies below the length of every text it is given, so that its typed
    /// read cannot prove a text and the JSON front end scans it first, as validation did before the single pass. No
    /// string of such a text can break the limit (a string takes two quotes besides its content), so its verdicts are the default's.
    /// </summary>
    private static ContentValidator ScanningFirst(int shortestText) => new(new LmecContentOptions { Limits = { MaxStringLength = shortestText - 1 } });

    [Benchmark(Description = "JsonSchema.Net"), BenchmarkCategory(Archive)]
    public int ArchiveJsonSchemaNet() => ForEach(_archive, line => _jsonSchemaNet.IsValid(line) ? 1 : 0);

    private static NewsletterIssue Valid(ContentValidator validator, byte[] utf8Json)
    {
        var result = validator.Read<NewsletterIssue>(utf8Json);
        return result.IsValid && result.Report.Errors.Count == 0
            ? result.Document!
            : throw new InvalidOperationException($"A benchmark document has findings: {string.Join("; ", result.Report.Errors)}");
    }

    private static void RequireNoErrors<T>(string name, T[] inputs, Func<T, IEnumerable<string>> errors)
    {
        if (inputs.SelectMany(errors).FirstOrDefault() is { } error)
        {
            throw new InvalidOperationException($"{name} finds an error in a benchmark document, so it would not time a full validation: {error}");
        }
    }

    private static int ForEach<T>(T[] lines, Func<T, int> read)
    {
        var total = 0;
        foreach (var line in lines)
        {
            total += read(line);
        }

        return total;
    }
}
