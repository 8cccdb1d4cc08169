using System.Collections;

namespace Lmec.Content.Model;

/// <summary>
/// The immutable list behind every list of the model: it compares by content, so records that hold
/// lists get value equality, and it cannot be changed through a cast.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>, IContentList
{
    private readonly T[] _items;

    /// <summary>Initialises a list that takes ownership of <paramref name="items"/>.</summary>
    /// <param name="items">The elements; the caller must not keep a reference to the array.</param>
    internal ValueList(T[] items) => _items = items;

    /// <summary>Gets the empty list.</summary>
    internal static ValueList<T> Empty { get; } = new([]);

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <inheritdoc/>
    object? IContentList.this[int index] => _items[index];

    /// <inheritdoc/>
    public int IndexOfNull() => Array.FindIndex(_items, static item => item is null);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
