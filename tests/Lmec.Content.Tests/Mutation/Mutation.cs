namespace Lmec.Content.Tests.Mutation;

/// <summary>One change to a document's bytes, with a description that says where and what, to reproduce a failure.</summary>
/// <param name="Description">What the change does, such as <c>drop member /articles/0/headline</c>.</param>
/// <param name="Apply">Makes the changed bytes; it never changes its argument.</param>
internal sealed record Mutation(string Description, Func<byte[], byte[]> Apply)
{
    /// <inheritdoc/>
    public override string ToString() => Description;
}
