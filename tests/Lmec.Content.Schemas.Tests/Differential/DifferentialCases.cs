using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Model;
using Lmec.Content.Schemas.Tests.Conformance;
using Lmec.Content.Schemas.Tests.Properties;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;
using Lmec.Content.Tests.Generators;

namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>
/// Generates the documents of a differential run: valid documents (from the model's generators, the schema
/// tests' generators, the examples and the valid conformance documents), most of them then changed by one or
/// two structure-aware mutations.
/// </summary>
internal static class DifferentialCases
{
    private static readonly SchemaWalker Walker = new();

    private static readonly Gen<(string Origin, string Json)> Bases = Gen.Frequency(
        (4, DocumentGenerators.AnyDocument.Select(static document => (Origin: $"generated {document.Kind}", Json: ContentJson.Serialize(document)))),
        (2, ContentGenerators.Documents.Select(static document => (Origin: $"generated (schema tests) {document.Kind}", Json: ContentJson.Serialize(document)))),
        (1, Gen.Elements(Files()).Select(static path => (Origin: Path.GetRelativePath(RepositoryPaths.SchemasV1, path), Json: File.ReadAllText(path)))));

    /// <summary>Gets the generator of cases.</summary>
    internal static Gen<DifferentialCase> All { get; } =
        from origin in Bases
        from count in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Constant(1)), (2, Gen.Constant(2)))
        from mutated in Mutate(JsonNode.Parse(origin.Json)!, ContentJson.DetectKind(System.Text.Encoding.UTF8.GetBytes(origin.Json)) ?? DocumentKind.NewsletterIssue, count)
        select new DifferentialCase(origin.Origin, mutated.Mutations, mutated.Document.ToJsonString(EdgeValues.Writing));

    /// <summary>Generates a fixed list of cases: the same for the same seed and size.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="size">FsCheck's size, which bounds the lists of generated documents.</param>
    /// <param name="count">How many cases.</param>
    /// <returns>The cases.</returns>
    internal static IReadOnlyList<DifferentialCase> Sample(ulong seed, int size, int count) =>
        [.. Gen.Sample(All, count, new Rnd(seed), size)];

    private static Gen<(JsonNode Document, IReadOnlyList<Mutation> Mutations)> Mutate(JsonNode document, DocumentKind kind, int count)
    {
        if (count == 0)
        {
            return Gen.Constant<(JsonNode, IReadOnlyList<Mutation>)>((document, []));
        }

        // A category first, then a value of it: otherwise the many texts and ids would crowd out the one
        // timestamp or the few integers of a document.
        var sites = Walker.Walk(document, Walker.Root(ContentSchemas.ForDocumentKind(kind))).Where(static site => site.Pointer.Length > 0)
            .GroupBy(static site => ValueCategories.Of(site.Schema)).Select(static group => group.ToArray()).ToArray();
        return from category in Gen.Elements(sites)
               from site in Gen.Elements(category)
               from mutation in Mutations.Of(site)
               let changed = Apply(document, mutation)
               from rest in Mutate(changed, kind, count - 1)
               select (rest.Document, (IReadOnlyList<Mutation>)[mutation, .. rest.Mutations]);
    }

    private static JsonNode Apply(JsonNode document, Mutation mutation)
    {
        var copy = document.DeepClone();
        mutation.Apply(copy);
        return copy;
    }

    private static string[] Files() =>
        [.. RepositoryPaths.AllExamples().Concat(Directory.EnumerateFiles(InvalidCorpus.ValidFolder, "*.json").Order(StringComparer.Ordinal))];
}
