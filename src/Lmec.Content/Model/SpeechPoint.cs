namespace Lmec.Content.Model;

/// <summary>
/// A point made in a speech, such as the first of four aspects; it may hold points of its own, such as
/// the three approaches of a programme.
/// </summary>
public sealed record SpeechPoint : ContentObject
{
    /// <summary>Gets the number the speaker gave the point (<c>First</c>, <c>2)</c>).</summary>
    /// <value>The number from 1, or <see langword="null"/> for a point the speaker did not number, such as one introduced with <c>In addition</c>.</value>
    public int? Ordinal { get; init; }

    /// <summary>Gets the point.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Gets whether the point quotes the speaker or reports what they said.</summary>
    /// <value>The attribution, or <see langword="null"/> when the source does not make it clear.</value>
    public PointAttribution? Attribution { get; init; }

    /// <summary>Gets the points this point is made of.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<SpeechPoint> Items { get; init => field = ContentList.From(value); } = ContentList.Empty<SpeechPoint>();
}
