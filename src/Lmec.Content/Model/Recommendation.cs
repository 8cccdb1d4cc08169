namespace Lmec.Content.Model;

/// <summary>A recommendation, numbered within its list, with who proposed it and what it concerns.</summary>
public sealed record Recommendation : ContentObject
{
    /// <summary>Gets the number of the recommendation within its list, from 1.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Gets the recommendation.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Gets the id of the person who proposed it.</summary>
    /// <value>The id, or <see langword="null"/> when not stated.</value>
    public string? ProponentId { get; init; }

    /// <summary>Gets the topics the recommendation concerns, as ASCII slugs such as <c>early-warning</c>.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> Topics { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();
}
