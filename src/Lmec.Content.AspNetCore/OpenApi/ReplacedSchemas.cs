using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Lmec.Content.AspNetCore.OpenApi;

/// <summary>
/// The components that the OpenAPI generator made for request bodies the package described anew: a controller's
/// <c>[FromBody]</c> document gets a schema guessed from the .NET types (<c>ArticleDocument</c>, <c>ValidationReport</c>,
/// …), which nothing refers to once the body refers to the published schema. They are removed, with the components
/// only they referred to; a component anything else still refers to stays.
/// </summary>
internal static class ReplacedSchemas
{
    private const string ComponentPrefix = "#/components/schemas/";

    private static readonly ConditionalWeakTable<OpenApiDocument, HashSet<string>> Replaced = [];

    /// <summary>Notes the components a request body referred to before it was described anew.</summary>
    /// <param name="document">The document.</param>
    /// <param name="requestBody">The request body as the generator made it, or <see langword="null"/>.</param>
    internal static void Note(OpenApiDocument document, IOpenApiRequestBody? requestBody)
    {
        var names = Replaced.GetOrCreateValue(document);
        foreach (var media in requestBody?.Content?.Values ?? [])
        {
            if (media.Schema is OpenApiSchemaReference { Reference.Id: { } id })
            {
                names.Add(id);
            }
        }
    }

    /// <summary>Removes the noted components that nothing refers to any more, and those only they referred to.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The work.</returns>
    internal static async Task RemoveAsync(OpenApiDocument document, CancellationToken cancellationToken)
    {
        if (!Replaced.TryGetValue(document, out var names) || names.Count == 0 || document.Components?.Schemas is not { } schemas)
        {
            return;
        }

        var json = JsonNode.Parse(await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken).ConfigureAwait(false))!.AsObject();
        var components = json["components"]?["schemas"] as JsonObject ?? [];
        var references = components.ToDictionary(static pair => pair.Key, static pair => References(pair.Value).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        json["components"]!.AsObject().Remove("schemas");

        var reachable = Closure(References(json), references);
        foreach (var name in Closure(names, references).Where(name => !reachable.Contains(name)))
        {
            schemas.Remove(name);
        }
    }

    private static HashSet<string> Closure(IEnumerable<string> start, Dictionary<string, HashSet<string>> references)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(start);
        while (pending.TryPop(out var name))
        {
            if (found.Add(name) && references.TryGetValue(name, out var next))
            {
                foreach (var reference in next)
                {
                    pending.Push(reference);
                }
            }
        }

        return found;
    }

    private static IEnumerable<string> References(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var (name, value) in members)
                {
                    if (name == "$ref" && value is JsonValue reference && reference.GetValue<string>() is { } target && target.StartsWith(ComponentPrefix, StringComparison.Ordinal))
                    {
                        yield return target[ComponentPrefix.Length..];
                    }

                    foreach (var found in References(value))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray items:
                foreach (var found in items.SelectMany(References))
                {
                    yield return found;
                }

                break;
        }
    }
}
