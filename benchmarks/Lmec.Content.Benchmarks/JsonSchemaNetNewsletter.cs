using System.Text.Json;
using Lmec.Content.Model;
using Lmec.Content.Schemas;
using Evaluated = Json.Schema;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// JsonSchema.Net as the benchmarks run it: the published newsletter bundle, formats asserted, the list of errors as
/// output (what NJsonSchema returns), each document parsed from its bytes with <see cref="JsonDocument"/>.
/// </summary>
internal sealed class JsonSchemaNetNewsletter
{
    private readonly Evaluated.EvaluationOptions _options = new() { OutputFormat = Evaluated.OutputFormat.List, RequireFormatValidation = true };
    private readonly Evaluated.JsonSchema _schema;

    /// <summary>Initialises the validator from the published bundle of the newsletter issue.</summary>
    public JsonSchemaNetNewsletter()
    {
        var bundle = ContentSchemas.Bundles.Single(static schema => schema.DocumentKind == DocumentKind.NewsletterIssue);
        _schema = Evaluated.JsonSchema.FromText(SchemaRegistry.Default.GetText(bundle.Id), new Evaluated.BuildOptions { SchemaRegistry = new Evaluated.SchemaRegistry() });
    }

    /// <summary>Validates one document.</summary>
    /// <param name="utf8Json">The document's UTF-8 bytes.</param>
    /// <returns>Whether the schema accepts it.</returns>
    public bool IsValid(byte[] utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        return _schema.Evaluate(document.RootElement, _options).IsValid;
    }
}
