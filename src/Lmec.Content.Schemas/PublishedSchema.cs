using Lmec.Content.Model;

namespace Lmec.Content.Schemas;

/// <summary>One of the JSON Schemas this package publishes, embeds and validates against.</summary>
public sealed record PublishedSchema
{
    /// <summary>Gets the file's path under <c>schemas/v1/</c>, such as <c>newsletter-issue.schema.json</c> or, for a bundle, <c>bundled/newsletter-issue.schema.json</c>.</summary>
    public required string FileName { get; init; }

    /// <summary>Gets the schema's absolute, versioned <c>$id</c>, which documents name in their <c>$schema</c> member.</summary>
    public Uri Id => new(ContentSchemas.BaseUri, FileName);

    /// <summary>Gets the model type the schema describes at its root.</summary>
    /// <value>The type, or <see langword="null"/> for the file of shared definitions, which describes no document of its own.</value>
    public Type? ModelType { get; init; }

    /// <summary>Gets the kind of root document the schema describes.</summary>
    /// <value>The kind, or <see langword="null"/> for a schema of an entity or of shared definitions.</value>
    public DocumentKind? DocumentKind { get; init; }
}
