using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Lmec.Content.Model;
using Lmec.Content.Schemas.Generation;
using Lmec.Content.Serialization;

namespace Lmec.Content.Schemas;

/// <summary>
/// Generates a JSON Schema for an integrator's own type that contains or extends the content model, by
/// the conventions of the published schemas: draft-07; camelCase members in the serializer's order,
/// required as the serializer requires them; no <see langword="null"/> and no unknown members; enums as
/// their wire values; the wire format's rules for members named as the model names them (<c>id</c> and
/// <c>…Id</c> hold ids, <c>countryCode</c> an ISO 3166-1 code, <c>emails</c> e-mail addresses, dates,
/// timestamps, multilingual text); and every type of the model referred to by its published <c>$id</c>,
/// never copied.
/// </summary>
public static class ContentSchemaGenerator
{
    private static readonly Lazy<JsonSerializerOptions> DefaultOptions = new(CreateDefaultOptions);

    private static readonly Lazy<Dictionary<string, string>> PublishedReferences = new(IndexPublished);

    /// <summary>Generates the schema of a type.</summary>
    /// <param name="type">The integrator's type; it may hold, or derive from, types of the model.</param>
    /// <param name="id">The absolute <c>$id</c> to give the schema.</param>
    /// <param name="serializerOptions">
    /// The options that read and write <paramref name="type"/>; <see langword="null"/> uses the model's strict
    /// options (<see cref="ContentJson.GetOptions(ContentReadMode)"/>) with reflection for types outside the model.
    /// </param>
    /// <returns>The schema's JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> or <paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not absolute, or <paramref name="type"/> is a type of the model, whose schema is published.</exception>
    /// <exception cref="InvalidOperationException">The serializer does not write <paramref name="type"/> as an object, or NJsonSchema and the serializer disagree about its members.</exception>
    public static string Generate(Type type, Uri id, JsonSerializerOptions? serializerOptions = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(id);
        if (!id.IsAbsoluteUri)
        {
            throw new ArgumentException("A schema's $id must be an absolute URI.", nameof(id));
        }

        if (IsModelType(type))
        {
            throw new ArgumentException($"{type} is a type of the content model: use its published schema, {ContentSchemas.BaseUri}.", nameof(type));
        }

        var generated = GeneratedDefinitions.Generate(type, serializerOptions ?? DefaultOptions.Value);
        var document = new JsonObject { ["$schema"] = ContentSchemas.JsonSchemaDraft, ["$id"] = id.AbsoluteUri };
        foreach (var (key, value) in generated.Schemas[generated.RootName])
        {
            document[key] = value!.DeepClone();
        }

        var definitions = new JsonObject();
        foreach (var (name, schema) in generated.Schemas.Where(pair => pair.Key != generated.RootName && !IsModelType(generated.Types[pair.Key])).OrderBy(static pair => pair.Key, StringComparer.Ordinal))
        {
            definitions[name] = schema.DeepClone();
        }

        if (definitions.Count > 0)
        {
            document["definitions"] = definitions;
        }

        GeneratedDefinitions.Retarget(document, name => name == generated.RootName
            ? "#"
            : IsModelType(generated.Types[name])
                ? PublishedReferences.Value[generated.Types[name].Name]
                : DefinitionNormalizer.LocalReferencePrefix + name);
        return SchemaText.Write(document);
    }

    private static bool IsModelType(Type type) => type.Assembly == typeof(ContentObject).Assembly;

    private static JsonSerializerOptions CreateDefaultOptions()
    {
        var strict = ContentJson.GetOptions(ContentReadMode.Strict);
        var options = new JsonSerializerOptions(strict)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(strict.TypeInfoResolver, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Finds, for each type of the model, the absolute reference to its published schema or definition.</summary>
    private static Dictionary<string, string> IndexPublished()
    {
        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var schema in ContentSchemas.All)
        {
            if (schema.ModelType is { } modelType)
            {
                references[modelType.Name] = schema.Id.AbsoluteUri;
            }

            var definitions = JsonNode.Parse(SchemaRegistry.Default.GetText(schema.Id))!["definitions"]?.AsObject() ?? [];
            foreach (var (name, _) in definitions)
            {
                references[name] = schema.Id.AbsoluteUri + DefinitionNormalizer.LocalReferencePrefix + name;
            }
        }

        return references;
    }
}
