namespace Lmec.Content.Validation.Rules;

/// <summary>Where a document declares an id: an organisation, a person, an article, an event or a speech; its pointer is written only for a finding.</summary>
/// <param name="List">The member of the entity, or of the list it stands in, from its article or the root: one of the constants of <see cref="IdIndex"/>.</param>
/// <param name="Article">The index of its article (<see cref="ArticleLocation.Index"/>), or <see cref="IdIndex.Root"/> for an entity of the root.</param>
/// <param name="Index">The index in the list, or -1 for an entity that stands alone.</param>
internal readonly record struct IdDeclaration(string List, int Article, int Index)
{
    /// <summary>Gets the entity's JSON Pointer, such as <c>/articles/2/speeches/1</c>.</summary>
    internal string Pointer
    {
        get
        {
            var parent = Article == IdIndex.Root ? List : ArticleLocation.PointerOf(Article) + List;
            return Index < 0 ? parent : JsonPointer.Append(parent, Index);
        }
    }
}
