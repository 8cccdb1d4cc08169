namespace Lmec.Content.Schemas.Checking;

/// <summary>An object or array that <see cref="StrictJsonCheck"/> is reading.</summary>
/// <param name="pointer">The pointer to it.</param>
/// <param name="names">For an object, the names of the members read so far; <see langword="null"/> for an array.</param>
internal sealed class OpenContainer(string pointer, HashSet<string>? names)
{
    /// <summary>Gets the pointer to the container.</summary>
    internal string Pointer { get; } = pointer;

    /// <summary>Gets the names of the members read so far, or <see langword="null"/> for an array.</summary>
    internal HashSet<string>? Names { get; } = names;

    /// <summary>Gets or sets the index of an array's next element.</summary>
    internal int NextIndex { get; set; }
}
