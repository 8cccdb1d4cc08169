namespace Lmec.Content.Contract;

/// <summary>What the wire contract declares of a string or integer member beyond what its type says.</summary>
/// <param name="Category">What its values stand for.</param>
/// <param name="MaxLength">The most code points a string may hold, or <see langword="null"/> for the category's limit.</param>
/// <param name="Minimum">The smallest integer allowed, or <see langword="null"/> for the range of the member's type.</param>
/// <param name="Maximum">The largest integer allowed, or <see langword="null"/> for the range of the member's type.</param>
internal readonly record struct MemberDeclaration(ValueCategory Category, int? MaxLength = null, long? Minimum = null, long? Maximum = null)
{
    /// <summary>Declares an integer member with a range.</summary>
    /// <param name="minimum">The smallest value allowed.</param>
    /// <param name="maximum">The largest value allowed.</param>
    /// <returns>The declaration.</returns>
    internal static MemberDeclaration Range(long minimum, long maximum) => new(ValueCategory.Integer, Minimum: minimum, Maximum: maximum);
}
