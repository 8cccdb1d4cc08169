using Newtonsoft.Json.Serialization;
using NJsonSchema;
using NJsonSchema.Infrastructure;
using NJsonSchema.References;
using NJsonSchema.Visitors;

namespace Lmec.Content.Schemas;

/// <summary>
/// Reads the published schemas into NJsonSchema's object model and links every <c>$ref</c> to the node it
/// names, synchronously and offline. NJsonSchema links references only through an asynchronous API, built
/// for resolvers that fetch files and URLs; a synchronous caller such as
/// <see cref="Validation.IStructureValidator"/> would have to block on it. This reads with NJsonSchema's synchronous
/// entry points instead: its deserializer, its reference visitor and its JSON Pointer lookup.
/// </summary>
internal sealed class OfflineSchemaReader : JsonReferenceVisitorBase
{
    private static readonly IContractResolver ContractResolver = JsonSchema.CreateJsonSerializerContractResolver(SchemaType.JsonSchema);

    private readonly List<IJsonReference> _references = [];

    private OfflineSchemaReader()
        : base(ContractResolver)
    {
    }

    /// <summary>Reads schemas and links their references among them.</summary>
    /// <param name="texts">The text of every schema, by absolute <c>$id</c>.</param>
    /// <returns>The schemas, by <c>$id</c>: one object graph, in which a schema that refers to another shares its nodes.</returns>
    /// <exception cref="InvalidOperationException">A reference names a schema that is not among <paramref name="texts"/>, or a node the schema does not have.</exception>
    internal static Dictionary<string, JsonSchema> ReadAll(IReadOnlyDictionary<string, string> texts)
    {
        // Every schema is read before any reference is linked: the visitor follows links already made, and
        // would otherwise collect another schema's references and resolve them against the wrong base.
        var schemas = texts.ToDictionary(static entry => entry.Key, static entry => Read(entry.Key, entry.Value), StringComparer.Ordinal);
        var pointers = new JsonReferenceResolver(new JsonSchemaAppender(new JsonSchema(), new DefaultTypeNameGenerator()));
        foreach (var (id, schema) in schemas)
        {
            var reader = new OfflineSchemaReader();
            reader.Visit(schema);
            foreach (var reference in reader._references)
            {
                var target = SchemaRegistry.Resolve(new Uri(id, UriKind.Absolute), reference.ReferencePath!);
                var document = schemas.TryGetValue(target.GetLeftPart(UriPartial.Query), out var found)
                    ? found
                    : throw new InvalidOperationException($"The schema '{id}' refers to '{target}', which is not a published schema; schemas are never fetched.");
                reference.Reference = target.Fragment is "" or "#"
                    ? document
                    : pointers.ResolveDocumentReference(document, target.Fragment, reference.GetType(), ContractResolver);
            }
        }

        return schemas;
    }

    /// <inheritdoc/>
    protected override IJsonReference VisitJsonReference(IJsonReference reference, string path, string? typeNameHint)
    {
        if (reference is { ReferencePath: not null, Reference: null })
        {
            _references.Add(reference);
        }

        return reference;
    }

    private static JsonSchema Read(string id, string text)
    {
        var schema = JsonSchemaSerialization.FromJson<JsonSchema>(Checking.NJsonSchemaForm.Rewrite(text), ContractResolver)
            ?? throw new InvalidOperationException($"The schema '{id}' is not a JSON object.");
        schema.DocumentPath = id;
        return schema;
    }
}
