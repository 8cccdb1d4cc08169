using System.Text.Json;
using Json.Schema;
using Lmec.Content.Testing;
using JsonSchemaNetRegistry = Json.Schema.SchemaRegistry;

namespace Lmec.Content.Schemas.Tests.Agreement;

/// <summary>
/// Validates documents with JsonSchema.Net against the committed schema files, as a partner on another
/// .NET stack would: its own registry, no fetching, format validation required unless asked otherwise.
/// </summary>
internal sealed class JsonSchemaNetValidator
{
    private readonly List<(PublishedSchema Published, JsonSchema Schema)> _roots = [];
    private readonly Dictionary<Uri, JsonSchema> _schemas = [];
    private readonly BuildOptions _options;

    /// <summary>Builds every committed modular schema into a registry of its own.</summary>
    internal JsonSchemaNetValidator()
    {
        var registry = new JsonSchemaNetRegistry();
        var options = _options = new BuildOptions { SchemaRegistry = registry };
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
            _roots.Add((schema, _schemas[schema.Id]));
        }
    }

    /// <summary>Builds each committed bundle alone, each into a registry of its own that holds nothing else, as a single-file tool reads it.</summary>
    /// <param name="bundles">The bundles, <see cref="ContentSchemas.Bundles"/>.</param>
    internal JsonSchemaNetValidator(IReadOnlyList<PublishedSchema> bundles)
    {
        _options = new BuildOptions { SchemaRegistry = new JsonSchemaNetRegistry() };
        foreach (var bundle in bundles)
        {
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.SchemasV1, bundle.FileName));
            var schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new JsonSchemaNetRegistry() });
            _schemas[schema.BaseUri] = schema;
            _roots.Add((bundle, schema));
        }
    }

    /// <summary>Gets every schema built, by <c>$id</c>.</summary>
    internal IReadOnlyDictionary<Uri, JsonSchema> Schemas => _schemas;

    /// <summary>Builds another schema into the registry, such as an integrator's that refers to the published ones.</summary>
    /// <param name="text">The schema.</param>
    internal void Add(string text)
    {
        var schema = JsonSchema.FromText(text, _options);
        _schemas[schema.BaseUri] = schema;
    }

    /// <summary>Evaluates a document against one schema.</summary>
    /// <param name="id">The schema's $id.</param>
    /// <param name="json">The document.</param>
    /// <returns>Whether the schema accepts it.</returns>
    internal bool Evaluate(Uri id, string json)
    {
        using var document = JsonDocument.Parse(json);
        return _schemas[id].Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid;
    }

    /// <summary>Evaluates a document against every root document schema.</summary>
    /// <param name="json">The document.</param>
    /// <param name="assertFormats">Whether <c>format</c> decides a verdict; <see langword="false"/> takes it as an annotation, as JSON Schema's default is.</param>
    /// <returns>
    /// Whether any root schema accepts it, and every failing keyword of every evaluation: the root schema,
    /// the pointer to the value, and the keyword (<c>additionalProperties</c> for a member it rejects).
    /// </returns>
    internal (bool IsValid, IReadOnlyList<(PublishedSchema Root, string Pointer, string Keyword)> Failures) Evaluate(string json, bool assertFormats = true)
    {
        using var document = JsonDocument.Parse(json);
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = assertFormats };
        var valid = false;
        var failures = new List<(PublishedSchema, string, string)>();
        foreach (var (published, root) in _roots)
        {
            var results = root.Evaluate(document.RootElement, options);
            valid |= results.IsValid;
            foreach (var detail in (results.Details ?? []).Where(static detail => detail.Errors is { Count: > 0 }))
            {
                // A subschema `false` (additionalProperties) fails with no keyword of its own: its path names it.
                var path = detail.EvaluationPath.ToString();
                failures.AddRange(detail.Errors!.Keys.Select(keyword => (published, detail.InstanceLocation.ToString(), keyword.Length > 0 ? keyword : path[(path.LastIndexOf('/') + 1)..])));
            }
        }

        return (valid, failures);
    }
}
