using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;
using Lmec.Content.Tests.Generators;

namespace Lmec.Content.Tests.Mutation;

/// <summary>The documents that mutations start from: every example, and whole documents from the model's generators.</summary>
internal static class MutationSeeds
{
    private static readonly (string Source, byte[] Utf8)[] Examples =
        [.. RepositoryPaths.AllExamples().Select(static path => (Path.GetFileName(path), File.ReadAllBytes(path)))];

    /// <summary>Gets a document to mutate: an example half of the time, else a generated document written compactly or indented.</summary>
    public static Gen<(string Source, byte[] Utf8)> Any { get; } = Gen.Frequency(
        (1, Gen.Elements(Examples)),
        (1, from document in DocumentGenerators.AnyDocument
            from indented in Gen.Elements(false, true)
            select ($"generated {ContentJson.GetWireName(document.Kind)}", ContentJson.SerializeToUtf8Bytes(document, indented))));

    /// <summary>Gets a mutated document: a seed and one to three mutations of it.</summary>
    public static Arbitrary<MutatedInput> Mutated() =>
        (from seed in Any
         from count in Gen.Choose(1, 3)
         from mutations in Mutations.Any.ArrayOf(count)
         select MutatedInput.Of(seed.Source, seed.Utf8, mutations)).ToArbitrary();
}
