namespace Lmec.Content.Tests.Mutation;

/// <summary>A document, the mutations applied to it in order, and the bytes they made.</summary>
/// <param name="Source">Where the document came from: an example's file name or a generated document's kind.</param>
/// <param name="Mutations">The mutations, in the order applied.</param>
/// <param name="Utf8">The mutated bytes.</param>
internal sealed record MutatedInput(string Source, IReadOnlyList<Mutation> Mutations, byte[] Utf8)
{
    /// <summary>Applies mutations to a document.</summary>
    /// <param name="source">Where the document came from.</param>
    /// <param name="original">The document's bytes.</param>
    /// <param name="mutations">The mutations.</param>
    /// <returns>The mutated input.</returns>
    public static MutatedInput Of(string source, byte[] original, IReadOnlyList<Mutation> mutations) =>
        new(source, mutations, mutations.Aggregate(original, static (bytes, mutation) => mutation.Apply(bytes)));

    /// <inheritdoc/>
    public override string ToString() => $"{Source} | {string.Join(" | ", Mutations)} ({Utf8.Length} bytes)";
}
