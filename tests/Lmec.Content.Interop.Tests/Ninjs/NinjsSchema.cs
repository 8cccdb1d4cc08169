using System.Text.Json;
using Json.Schema;

namespace Lmec.Content.Interop.Tests.Ninjs;

/// <summary>
/// The official IPTC ninjs 3.1 JSON Schema (draft 2020-12) with the GeoJSON schema it refers to, both read
/// from the reference folder and registered locally, so validation never fetches anything. Formats
/// (<c>uri</c>, <c>date-time</c>) are checked, not only annotated.
/// </summary>
internal static class NinjsSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Validates a ninjs text.</summary>
    /// <param name="json">The text.</param>
    /// <returns>Every error, as <c>instance location: message</c>; empty when the schema accepts the text.</returns>
    public static IReadOnlyList<string> Validate(string json)
    {
        using var instance = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(instance.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(static detail => detail.Errors is { Count: > 0 })
                .SelectMany(static detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))];
    }

    private static JsonSchema Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        options.SchemaRegistry.Register(JsonSchema.FromFile(ReferenceFiles.Get(ReferenceFiles.GeoJsonSchema), options));
        return JsonSchema.FromFile(ReferenceFiles.Get(ReferenceFiles.NinjsSchema), options);
    }
}
