namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>One generated document of a differential run.</summary>
/// <param name="Origin">Where its valid base came from, such as <c>generated newsletterIssue</c> or an example's file name.</param>
/// <param name="Mutations">The changes made to the base, none for a valid document.</param>
/// <param name="Json">The document's text, compact.</param>
internal sealed record DifferentialCase(string Origin, IReadOnlyList<Mutation> Mutations, string Json)
{
    /// <inheritdoc/>
    public override string ToString() =>
        Origin + (Mutations.Count == 0 ? " unchanged" : " with " + string.Join("; ", Mutations));
}
