namespace Lmec.Content.Serialization;

/// <summary>
/// What validation asks of a <see cref="ContentEnumConverter{TEnum}"/> without knowing its enum type:
/// the wire names it accepts and whether a value is one it can write.
/// </summary>
internal interface IContentEnumConverter
{
    /// <summary>Gets the wire names of the enum's values, in the order of the values.</summary>
    IReadOnlyList<string> WireNames { get; }

    /// <summary>Tells whether a boxed value is a defined member of the enum.</summary>
    /// <param name="value">The boxed enum value.</param>
    /// <returns><see langword="true"/> when the converter can write it.</returns>
    bool IsDefined(object value);
}
