using System.Text.Json;
using System.Text.Json.Nodes;
using Lmec.Content.Model;
using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.Generation.TypeMappers;

namespace Lmec.Content.Schemas.Generation;

/// <summary>
/// The normalized definitions of one type and of every type it refers to, as NJsonSchema generates
/// them from the serializer options: the root type among them, references between them local.
/// </summary>
internal sealed class GeneratedDefinitions
{
    private GeneratedDefinitions(string rootName, IReadOnlyDictionary<string, Type> types, IReadOnlyDictionary<string, JsonObject> schemas)
    {
        RootName = rootName;
        Types = types;
        Schemas = schemas;
    }

    /// <summary>Gets the name of the root type's definition.</summary>
    internal string RootName { get; }

    /// <summary>Gets the type of every definition, by name.</summary>
    internal IReadOnlyDictionary<string, Type> Types { get; }

    /// <summary>Gets every definition, the root's among them, by name.</summary>
    internal IReadOnlyDictionary<string, JsonObject> Schemas { get; }

    /// <summary>Generates the definitions of a type.</summary>
    /// <param name="rootType">The type.</param>
    /// <param name="options">The serializer options that read and write it.</param>
    /// <returns>The definitions.</returns>
    /// <exception cref="InvalidOperationException">NJsonSchema and the serializer's contract disagree about a type.</exception>
    internal static GeneratedDefinitions Generate(Type rootType, JsonSerializerOptions options)
    {
        var names = new DefinitionNames();
        var settings = new SystemTextJsonSchemaGeneratorSettings
        {
            SerializerOptions = options,
            SchemaType = SchemaType.JsonSchema,
            FlattenInheritanceHierarchy = true,
            GenerateAbstractProperties = true,
            DefaultReferenceTypeNullHandling = ReferenceTypeNullHandling.NotNull,
            SchemaNameGenerator = names,
            ReflectionService = new ContentReflectionService(),
            // The text's own converter writes it as an object of language tag to text; the normalizer
            // writes that schema, NJsonSchema only places the definition.
            // Dates of reduced precision and times of day are strings on the wire; the normalizer writes their pattern.
            TypeMappers =
            {
                new ObjectTypeMapper(typeof(LocalizedText), new JsonSchema()),
                new PrimitiveTypeMapper(typeof(PartialDate), static schema => schema.Type = JsonObjectType.String),
                new PrimitiveTypeMapper(typeof(TimeOnly), static schema => schema.Type = JsonObjectType.String),
            },
        };

        var document = JsonNode.Parse(JsonSchema.FromType(rootType, settings).ToJson())!.AsObject();
        var rootName = names.Generate(rootType);
        var normalizer = new DefinitionNormalizer(options);
        var types = new Dictionary<string, Type>(StringComparer.Ordinal) { [rootName] = rootType };
        var schemas = new Dictionary<string, JsonObject>(StringComparer.Ordinal) { [rootName] = normalizer.Normalize(rootName, rootType, document) };
        foreach (var (name, generated) in document["definitions"]?.AsObject() ?? [])
        {
            var type = names.TypeOf(name) ?? throw new InvalidOperationException($"NJsonSchema generated a definition '{name}' for no known type.");
            types[name] = type;
            schemas[name] = normalizer.Normalize(name, type, generated!.AsObject());
        }

        return new GeneratedDefinitions(rootName, types, schemas);
    }

    /// <summary>Finds the names of the definitions a schema refers to.</summary>
    /// <param name="schema">The schema, with local references.</param>
    /// <returns>The names, each once.</returns>
    internal static IReadOnlySet<string> ReferencedNames(JsonNode? schema)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        Retarget(schema, name =>
        {
            found.Add(name);
            return DefinitionNormalizer.LocalReferencePrefix + name;
        });
        return found;
    }

    /// <summary>Replaces every local reference of a schema.</summary>
    /// <param name="schema">The schema, changed in place.</param>
    /// <param name="target">The reference to write for a definition's name.</param>
    internal static void Retarget(JsonNode? schema, Func<string, string> target)
    {
        switch (schema)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(static member => member.Key).ToList())
                {
                    if (key == "$ref" && (string?)obj[key] is { } reference && reference.StartsWith(DefinitionNormalizer.LocalReferencePrefix, StringComparison.Ordinal))
                    {
                        obj[key] = target(reference[DefinitionNormalizer.LocalReferencePrefix.Length..]);
                    }
                    else
                    {
                        Retarget(obj[key], target);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Retarget(item, target);
                }

                break;
        }
    }
}
