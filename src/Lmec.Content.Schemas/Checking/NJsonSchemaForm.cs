using System.Text.Json.Nodes;

namespace Lmec.Content.Schemas.Checking;

/// <summary>
/// Rewrites a published schema into the form NJsonSchema validates as JSON Schema says. NJsonSchema ignores
/// <c>propertyNames</c>, which the schemas use for the keys of a map (multilingual text), so it would accept any
/// key there; a map whose keys match one pattern and whose values all follow one schema says the same as
/// <c>patternProperties</c> with that pattern and no additional member, which NJsonSchema does implement.
/// </summary>
internal static class NJsonSchemaForm
{
    /// <summary>Rewrites every map of a schema.</summary>
    /// <param name="text">The schema's text, as published.</param>
    /// <returns>The text NJsonSchema reads.</returns>
    internal static string Rewrite(string text)
    {
        var schema = JsonNode.Parse(text)!;
        Rewrite(schema);
        return schema.ToJsonString();
    }

    private static void Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["propertyNames"] is JsonObject { Count: 1 } names && (string?)names["pattern"] is { } pattern
                    && obj["additionalProperties"] is JsonObject values && obj["properties"] is null && obj["patternProperties"] is null)
                {
                    obj.Remove("propertyNames");
                    obj.Remove("additionalProperties");
                    obj["patternProperties"] = new JsonObject { [pattern] = values };
                    obj["additionalProperties"] = false;
                }

                foreach (var (_, value) in obj.ToList())
                {
                    Rewrite(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Rewrite(item);
                }

                break;
        }
    }
}
