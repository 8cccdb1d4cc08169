using System.Text.Json.Nodes;
using Lmec.Content.Serialization;

namespace Lmec.Content.Schemas.Generation;

/// <summary>
/// Generates the published schema files from the model: one per type of <see cref="ContentSchemas.All"/>
/// that has a model type, holding the definitions that only that type uses, and
/// <see cref="ContentSchemas.Common"/> holding the definitions several of them share; then the bundles of
/// <see cref="ContentSchemas.Bundles"/>, one self-contained file per root document.
/// </summary>
internal static class PublishedSchemaSet
{
    /// <summary>Generates every published schema.</summary>
    /// <returns>The text of each file, by file name, in the order of <see cref="ContentSchemas.All"/> and then of <see cref="ContentSchemas.Bundles"/>.</returns>
    /// <exception cref="InvalidOperationException">The model cannot be described as the serializer writes it.</exception>
    internal static IReadOnlyList<KeyValuePair<string, string>> Generate()
    {
        var options = ContentJson.GetOptions(ContentReadMode.Strict);
        var mains = new Dictionary<string, PublishedSchema>(StringComparer.Ordinal);
        var schemas = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var published in ContentSchemas.All.Where(static schema => schema.ModelType is not null))
        {
            var generated = GeneratedDefinitions.Generate(published.ModelType!, options);
            mains.Add(generated.RootName, published);
            foreach (var (name, schema) in generated.Schemas)
            {
                if (schemas.TryGetValue(name, out var earlier) && !JsonNode.DeepEquals(earlier, schema))
                {
                    throw new InvalidOperationException($"Two schemas generate the definition '{name}' differently.");
                }

                schemas[name] = schema;
            }
        }

        var owners = Owners(mains, schemas);
        var files = new List<KeyValuePair<string, string>>();
        foreach (var published in ContentSchemas.All)
        {
            var rootName = mains.FirstOrDefault(main => main.Value == published).Key;
            var document = new JsonObject
            {
                ["$schema"] = ContentSchemas.JsonSchemaDraft,
                ["$id"] = published.Id.AbsoluteUri,
            };
            if (rootName is null)
            {
                document["title"] = "Common definitions";
                document["description"] = "Definitions that several schemas of the LMEC content model share, such as multilingual text, places and contact details.";
            }
            else
            {
                foreach (var (key, value) in schemas[rootName])
                {
                    document[key] = value!.DeepClone();
                }
            }

            var definitions = new JsonObject();
            foreach (var name in owners.Where(owner => owner.Value == published).Select(static owner => owner.Key).Order(StringComparer.Ordinal))
            {
                definitions[name] = schemas[name].DeepClone();
            }

            if (definitions.Count > 0)
            {
                document["definitions"] = definitions;
            }

            GeneratedDefinitions.Retarget(document, name => Reference(name, rootName, published, mains, owners));
            files.Add(new(published.FileName, SchemaText.Write(document)));
        }

        foreach (var bundle in ContentSchemas.Bundles)
        {
            files.Add(new(bundle.FileName, SchemaText.Write(Bundle(bundle, mains.Single(main => main.Value.ModelType == bundle.ModelType).Key, schemas))));
        }

        return files;
    }

    /// <summary>
    /// Writes the one self-contained schema of a root document: the root's schema with every definition it reaches,
    /// whichever file publishes it, under <c>definitions</c> by type name, every reference local.
    /// </summary>
    private static JsonObject Bundle(PublishedSchema bundle, string rootName, Dictionary<string, JsonObject> schemas)
    {
        var reached = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(GeneratedDefinitions.ReferencedNames(schemas[rootName]));
        while (pending.TryPop(out var name))
        {
            if (name != rootName && reached.Add(name))
            {
                foreach (var next in GeneratedDefinitions.ReferencedNames(schemas[name]))
                {
                    pending.Push(next);
                }
            }
        }

        var document = new JsonObject { ["$schema"] = ContentSchemas.JsonSchemaDraft, ["$id"] = bundle.Id.AbsoluteUri };
        foreach (var (key, value) in schemas[rootName])
        {
            document[key] = value!.DeepClone();
        }

        document["definitions"] = new JsonObject([.. reached.Select(name => KeyValuePair.Create(name, (JsonNode?)schemas[name].DeepClone()))]);
        GeneratedDefinitions.Retarget(document, name => name == rootName ? "#" : DefinitionNormalizer.LocalReferencePrefix + name);
        return document;
    }

    private static string Reference(string name, string? rootName, PublishedSchema file, Dictionary<string, PublishedSchema> mains, Dictionary<string, PublishedSchema> owners)
    {
        if (name == rootName)
        {
            return "#";
        }

        if (mains.TryGetValue(name, out var main))
        {
            return main.FileName;
        }

        var owner = owners[name];
        return (owner == file ? string.Empty : owner.FileName) + DefinitionNormalizer.LocalReferencePrefix + name;
    }

    /// <summary>
    /// Places each definition that is not a main type: in the file of the one main type that reaches it
    /// without passing through another main type, or in the common file when several do.
    /// </summary>
    private static Dictionary<string, PublishedSchema> Owners(Dictionary<string, PublishedSchema> mains, Dictionary<string, JsonObject> schemas)
    {
        var references = schemas.ToDictionary(static pair => pair.Key, static pair => GeneratedDefinitions.ReferencedNames(pair.Value), StringComparer.Ordinal);
        var reachedBy = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var main in mains.Keys)
        {
            var pending = new Stack<string>(references[main]);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (pending.TryPop(out var name))
            {
                if (mains.ContainsKey(name) || !seen.Add(name))
                {
                    continue;
                }

                (reachedBy.TryGetValue(name, out var set) ? set : reachedBy[name] = []).Add(main);
                foreach (var next in references[name])
                {
                    pending.Push(next);
                }
            }
        }

        return reachedBy.ToDictionary(
            static pair => pair.Key,
            pair => pair.Value.Count == 1 ? mains[pair.Value.Single()] : ContentSchemas.Common,
            StringComparer.Ordinal);
    }
}
