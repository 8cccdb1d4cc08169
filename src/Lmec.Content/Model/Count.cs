namespace Lmec.Content.Model;

/// <summary>
/// A number of people as a report gives it: exact ("52 participants") or approximate ("over 50", "almost 300"),
/// with the approximation kept beside the number rather than in prose.
/// </summary>
/// <example>
/// <code language="json">
/// { "value": 300, "approximation": "moreThan" }
/// </code>
/// </example>
public sealed record Count : ContentObject
{
    /// <summary>Gets the number, 1 or more.</summary>
    public required int Value { get; init; }

    /// <summary>Gets how the number relates to the count.</summary>
    /// <value>The approximation, or <see langword="null"/> when the number is exact, as with <see cref="CountApproximation.Exact"/>.</value>
    public CountApproximation? Approximation { get; init; }
}
