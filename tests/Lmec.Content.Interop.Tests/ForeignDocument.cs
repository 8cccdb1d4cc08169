using Lmec.Content.Model;

namespace Lmec.Content.Interop.Tests;

/// <summary>A root document of a type the model does not define, which no export knows how to write.</summary>
internal sealed record ForeignDocument : ContentDocument
{
    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.Article;
}
