using NJsonSchema;
using NJsonSchema.References;

namespace Lmec.Content.Cli.Tests;

/// <summary>
/// Resolves a schema's <c>$ref</c>s from files beside it and refuses every URL, so that a test proves
/// the references resolve in the folder, not by fetching the <c>$id</c>s.
/// </summary>
internal sealed class FileOnlyReferenceResolver : JsonReferenceResolver
{
    /// <summary>Initializes a resolver for the schema being read.</summary>
    /// <param name="rootSchema">The schema being read.</param>
    public FileOnlyReferenceResolver(JsonSchema rootSchema)
        : base(new JsonSchemaAppender(rootSchema, new DefaultTypeNameGenerator()))
    {
    }

    /// <summary>Reads a schema file with every reference resolved beside it.</summary>
    /// <param name="path">The schema file.</param>
    /// <returns>The schema.</returns>
    public static Task<JsonSchema> ReadAsync(string path) =>
        JsonSchema.FromFileAsync(path, static schema => new FileOnlyReferenceResolver(schema));

    /// <inheritdoc/>
    public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException($"The reference to '{url}' was to be resolved from a file, not fetched.");
}
