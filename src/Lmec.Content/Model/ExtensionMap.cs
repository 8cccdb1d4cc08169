using System.Collections;
using System.Collections.ObjectModel;
using System.Text.Json;

namespace Lmec.Content.Model;

/// <summary>
/// The immutable map of a document's extensions, which compares by content: the same URIs, each with the same JSON value,
/// so that documents compare as their lists do.
/// </summary>
internal sealed class ExtensionMap : IReadOnlyDictionary<string, JsonElement>
{
    private readonly ReadOnlyDictionary<string, JsonElement> _entries;

    private ExtensionMap(Dictionary<string, JsonElement> entries) => _entries = new(entries);

    /// <summary>Gets the empty map.</summary>
    internal static ExtensionMap Empty { get; } = new([]);

    /// <inheritdoc/>
    public int Count => _entries.Count;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _entries.Keys;

    /// <inheritdoc/>
    public IEnumerable<JsonElement> Values => _entries.Values;

    /// <inheritdoc/>
    public JsonElement this[string key] => _entries[key];

    /// <summary>Copies extensions into an immutable map, each value cloned so that it outlives the document it was read from.</summary>
    /// <param name="entries">The extensions; <see langword="null"/> gives the empty map.</param>
    /// <returns>The map.</returns>
    internal static IReadOnlyDictionary<string, JsonElement> From(IReadOnlyDictionary<string, JsonElement>? entries) => entries switch
    {
        null or { Count: 0 } => Empty,
        ExtensionMap map => map,
        _ => new ExtensionMap(entries.ToDictionary(static entry => entry.Key, static entry => entry.Value.Clone(), StringComparer.Ordinal)),
    };

    /// <inheritdoc/>
    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(string key, out JsonElement value) => _entries.TryGetValue(key, out value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => _entries.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override bool Equals(object? obj) =>
        obj is ExtensionMap other && Count == other.Count
        && _entries.All(entry => other.TryGetValue(entry.Key, out var value) && JsonElement.DeepEquals(entry.Value, value));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, string.Join('\n', _entries.Keys.Order(StringComparer.Ordinal)));
}
