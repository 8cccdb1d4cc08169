namespace Lmec.Content.Model;

/// <summary>What the participants of an event concluded together.</summary>
public sealed record EventOutcome : ContentObject
{
    /// <summary>Gets whether every participant agreed.</summary>
    /// <value><see langword="true"/> when the conclusions were unanimous; <see langword="null"/> when not stated.</value>
    public bool? Unanimous { get; init; }

    /// <summary>Gets what the participants agreed, one statement each.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<LocalizedText> Conclusions { get; init => field = ContentList.From(value); } = ContentList.Empty<LocalizedText>();

    /// <summary>Gets what the participants hope or intend to do next, one statement each.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<LocalizedText> Aspirations { get; init => field = ContentList.From(value); } = ContentList.Empty<LocalizedText>();
}
