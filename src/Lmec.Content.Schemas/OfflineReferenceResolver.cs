using NJsonSchema;
using NJsonSchema.References;

namespace Lmec.Content.Schemas;

/// <summary>
/// Resolves the <c>$ref</c>s between the published schemas from a <see cref="SchemaRegistry"/>, never from
/// the network or the file system, which NJsonSchema's own resolver would use.
/// </summary>
internal sealed class OfflineReferenceResolver : JsonReferenceResolver
{
    private readonly SchemaRegistry _registry;

    /// <summary>Initializes a resolver for the schema being read.</summary>
    /// <param name="rootSchema">The schema being read, which takes in the schemas it refers to.</param>
    /// <param name="registry">Where the schemas are.</param>
    internal OfflineReferenceResolver(JsonSchema rootSchema, SchemaRegistry registry)
        : base(new JsonSchemaAppender(rootSchema, new DefaultTypeNameGenerator())) => _registry = registry;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The URL names no schema of the registry.</exception>
    public override async Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default)
    {
        var text = _registry.TryGetText(new Uri(url, UriKind.Absolute), out var found)
            ? found
            : throw new InvalidOperationException($"The schema '{url}' is not in the registry; schemas are never fetched.");
        return await JsonSchema.FromJsonAsync(text, url, _ => this, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">Always: the published schemas refer to each other by URL only.</exception>
    public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException($"The schema refers to the file '{filePath}'; schemas are never read from files.");
}
