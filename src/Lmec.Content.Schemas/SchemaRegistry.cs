using System.Diagnostics.CodeAnalysis;
using NJsonSchema;

namespace Lmec.Content.Schemas;

/// <summary>
/// The published schemas, embedded in this package, by <c>$id</c>. It resolves every <c>$id</c> and every
/// relative <c>$ref</c> between them offline: nothing is ever fetched. Thread-safe.
/// </summary>
public sealed class SchemaRegistry
{
    private const string ResourcePrefix = "Lmec.Content.Schemas.v1.";

    private readonly Dictionary<string, string> _texts;

    // Read on first use, all at once: the schemas refer to each other, and each is then read only once.
    private readonly Lazy<Dictionary<string, JsonSchema>> _schemas;

    private SchemaRegistry(Dictionary<string, string> texts)
    {
        _texts = texts;
        _schemas = new(() => OfflineSchemaReader.ReadAll(texts));
        Ids = [.. texts.Keys.Select(static id => new Uri(id, UriKind.Absolute))];
    }

    /// <summary>Gets the registry of the schemas embedded in this package, those of <see cref="ContentSchemas.All"/> and <see cref="ContentSchemas.Bundles"/>.</summary>
    public static SchemaRegistry Default { get; } = LoadEmbedded();

    /// <summary>Gets the <c>$id</c> of every schema, in the order of <see cref="ContentSchemas.All"/>, then of <see cref="ContentSchemas.Bundles"/>.</summary>
    public IReadOnlyList<Uri> Ids { get; }

    /// <summary>Resolves a <c>$ref</c> against the <c>$id</c> of the schema it stands in.</summary>
    /// <param name="baseId">The <c>$id</c> of the schema that holds the reference.</param>
    /// <param name="reference">The reference, such as <c>common.schema.json#/definitions/LocalizedText</c>.</param>
    /// <returns>The absolute URI the reference names, fragment included.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="baseId"/> is not absolute.</exception>
    /// <exception cref="UriFormatException"><paramref name="reference"/> is not a URI reference.</exception>
    public static Uri Resolve(Uri baseId, string reference)
    {
        ArgumentNullException.ThrowIfNull(baseId);
        ArgumentNullException.ThrowIfNull(reference);
        if (!baseId.IsAbsoluteUri)
        {
            throw new ArgumentException("The base $id must be an absolute URI.", nameof(baseId));
        }

        return new Uri(baseId, reference);
    }

    /// <summary>Finds the text of a schema.</summary>
    /// <param name="id">The schema's <c>$id</c>; a fragment is ignored.</param>
    /// <param name="text">The schema's JSON text, when found.</param>
    /// <returns><see langword="true"/> when the registry holds the schema.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGetText(Uri id, [NotNullWhen(true)] out string? text)
    {
        ArgumentNullException.ThrowIfNull(id);
        text = null;
        return id.IsAbsoluteUri && _texts.TryGetValue(id.GetLeftPart(UriPartial.Query), out text);
    }

    /// <summary>Gets the text of a schema.</summary>
    /// <param name="id">The schema's <c>$id</c>; a fragment is ignored.</param>
    /// <returns>The schema's JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The registry holds no schema with that <c>$id</c>.</exception>
    public string GetText(Uri id) =>
        TryGetText(id, out var text) ? text : throw new KeyNotFoundException($"No published schema has the $id '{id}'.");

    /// <summary>
    /// Gets a schema as NJsonSchema reads it, with every reference resolved from this registry. The first call
    /// reads every schema, synchronously and without waiting for any task; later calls share what it read.
    /// </summary>
    /// <param name="schema">The published schema.</param>
    /// <returns>The schema.</returns>
    internal JsonSchema GetSchema(PublishedSchema schema) => _schemas.Value[schema.Id.AbsoluteUri];

    private static SchemaRegistry LoadEmbedded()
    {
        var assembly = typeof(SchemaRegistry).Assembly;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var schema in ContentSchemas.All.Concat(ContentSchemas.Bundles))
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + schema.FileName.Replace('/', '.'))
                ?? throw new InvalidOperationException($"The package embeds no schema '{schema.FileName}'.");
            using var reader = new StreamReader(stream);
            texts.Add(schema.Id.AbsoluteUri, reader.ReadToEnd());
        }

        return new SchemaRegistry(texts);
    }
}
