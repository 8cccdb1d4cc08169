namespace Lmec.Content.Model;

/// <summary>A person, such as a speaker, with the organisations they belong to.</summary>
public sealed record Person : ContentObject
{
    /// <summary>Gets the id of the person, an ASCII slug unique in its document, such as <c>liu-qing</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the person's name.</summary>
    public required PersonName Name { get; init; }

    /// <summary>Gets the positions the person holds or held, each in an organisation.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<Affiliation> Affiliations { get; init => field = ContentList.From(value); } = ContentList.Empty<Affiliation>();
}
