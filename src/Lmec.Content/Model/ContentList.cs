namespace Lmec.Content.Model;

/// <summary>Creates the immutable, value-equal lists that the model's list properties hold.</summary>
internal static class ContentList
{
    /// <summary>Copies <paramref name="items"/> into an immutable list.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements; <see langword="null"/> gives the empty list.</param>
    /// <returns>A list that compares by content.</returns>
    internal static IReadOnlyList<T> From<T>(IEnumerable<T>? items) => items switch
    {
        null => ValueList<T>.Empty,
        ValueList<T> list => list,
        _ => items.TryGetNonEnumeratedCount(out var count) && count == 0
            ? ValueList<T>.Empty
            : new ValueList<T>([.. items]),
    };

    /// <summary>Gets the empty list of <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The shared empty list.</returns>
    internal static IReadOnlyList<T> Empty<T>() => ValueList<T>.Empty;
}
