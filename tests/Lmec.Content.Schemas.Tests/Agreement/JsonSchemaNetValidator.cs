using System.Text.Json;
using Json.Schema;
using Lmec.Content.Testing;
using JsonSchemaNetRegistry = Json.Schema.SchemaRegistry;

namespace Lmec.Content.Schemas.Tests.Agreement;

/// <summary>
/// Validates documents with JsonSchema.Net against the committed schema files, as a partner on another
/// .NET stack would: its own registry, no fetching, format validation required.
/// </summary>
internal sealed class JsonSchemaNetValidator
{
    private readonly List<JsonSchema> _roots = [];
    private readonly Dictionary<Uri, JsonSchema> _schemas = [];

    /// <summary>Builds every committed schema into a registry of its own.</summary>
    internal JsonSchemaNetValidator()
    {
        var registry = new JsonSchemaNetRegistry();
        var options = new BuildOptions { SchemaRegistry = registry };
        var texts = Directory.EnumerateFiles(RepositoryPaths.SchemasV1, "*.schema.json")
            .Select(static path => File.ReadAllText(path))
            .ToList();

        // A schema builds once the schemas it refers to are registered: retry until all are built.
        var pending = new Queue<string>(texts);
        var failures = 0;
        while (pending.TryDequeue(out var text))
        {
            try
            {
                var schema = JsonSchema.FromText(text, options);
                _schemas[schema.BaseUri] = schema;
                failures = 0;
            }
            catch (Exception) when (failures < pending.Count + 1)
            {
                failures++;
                pending.Enqueue(text);
            }
        }

        foreach (var schema in ContentSchemas.All.Where(static schema => schema.DocumentKind is not null))
        {
            _roots.Add(_schemas[schema.Id]);
        }
    }

    /// <summary>Gets every schema built, by <c>$id</c>.</summary>
    internal IReadOnlyDictionary<Uri, JsonSchema> Schemas => _schemas;

    /// <summary>Evaluates a document against every root document schema.</summary>
    /// <param name="json">The document.</param>
    /// <returns>Whether any root schema accepts it, and the failing keyword locations of every evaluation.</returns>
    internal (bool IsValid, IReadOnlyList<Uri> FailedKeywords) Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var valid = false;
        var failed = new List<Uri>();
        foreach (var root in _roots)
        {
            var results = root.Evaluate(document.RootElement, options);
            valid |= results.IsValid;
            failed.AddRange((results.Details ?? []).Where(static detail => detail.Errors is { Count: > 0 })
                .SelectMany(static detail => detail.Errors!.Keys.Select(keyword => new Uri(detail.SchemaLocation + "/" + keyword))));
        }

        return (valid, failed);
    }
}
