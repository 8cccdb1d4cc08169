using System.Collections;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>
/// Plain text in one or more languages, keyed by BCP 47 language tag; on the wire an object such as
/// <c>{"en": "Newsletter", "zh-Hans": "简报"}</c>. Immutable, compared by content.
/// </summary>
/// <remarks>
/// Tags are compared without regard to case, as BCP 47 prescribes, and keep the spelling and order
/// they were given in. The text is kept exactly as given: it is plain text, never HTML.
/// </remarks>
[JsonConverter(typeof(LocalizedTextConverter))]
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "A text in several languages, not a general dictionary: the name says what it holds.")]
public sealed class LocalizedText : IReadOnlyDictionary<string, string>, IEquatable<LocalizedText>
{
    private readonly KeyValuePair<string, string>[] _entries;

    /// <summary>Initialises text in a single language.</summary>
    /// <param name="language">The BCP 47 language tag, such as <c>en</c> or <c>zh-Hans</c>.</param>
    /// <param name="text">The text in that language.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public LocalizedText(string language, string text)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(text);
        _entries = [new(language, text)];
    }

    /// <summary>Initialises text in several languages.</summary>
    /// <param name="entries">Pairs of BCP 47 language tag and text, in the order to write them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/>, a tag or a text is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A language tag occurs twice.</exception>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = [.. entries];
        for (var i = 0; i < _entries.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(_entries[i].Key, nameof(entries));
            ArgumentNullException.ThrowIfNull(_entries[i].Value, nameof(entries));
            if (IndexOf(_entries.AsSpan(0, i), _entries[i].Key) >= 0)
            {
                throw new ArgumentException($"The language tag '{_entries[i].Key}' occurs more than once.", nameof(entries));
            }
        }
    }

    private LocalizedText(KeyValuePair<string, string>[] entries, bool trusted)
    {
        Debug.Assert(trusted, "Only FromTrusted calls this constructor.");
        _entries = entries;
    }

    /// <summary>Gets the number of languages.</summary>
    public int Count => _entries.Length;

    /// <summary>Gets the pairs of language tag and text in their original order, for walks that must not allocate.</summary>
    internal ReadOnlySpan<KeyValuePair<string, string>> Entries => _entries;

    /// <summary>Gets the language tags in their original order.</summary>
    public IEnumerable<string> Keys => _entries.Select(static entry => entry.Key);

    /// <summary>Gets the texts in the order of their language tags.</summary>
    public IEnumerable<string> Values => _entries.Select(static entry => entry.Value);

    /// <summary>Gets the text in a language, matching the tag without regard to case.</summary>
    /// <param name="key">The BCP 47 language tag.</param>
    /// <exception cref="KeyNotFoundException">There is no text in that language.</exception>
    public string this[string key] =>
        TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"There is no text in '{key}'.");

    /// <summary>Returns a copy with the text in <paramref name="language"/> added or replaced.</summary>
    /// <param name="language">The BCP 47 language tag.</param>
    /// <param name="text">The text in that language.</param>
    /// <returns>The new text; this instance is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public LocalizedText With(string language, string text)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(text);
        var index = IndexOf(_entries, language);
        KeyValuePair<string, string>[] entries = index < 0 ? [.. _entries, new(language, text)] : [.. _entries];
        if (index >= 0)
        {
            entries[index] = new(_entries[index].Key, text);
        }

        return FromTrusted(entries);
    }

    /// <summary>
    /// Gets the text best suited to <paramref name="language"/>: an exact match, else the nearest
    /// broader tag (<c>zh-Hans-CN</c>, then <c>zh-Hans</c>, then <c>zh</c>), else the first text.
    /// </summary>
    /// <param name="language">The BCP 47 language tag wanted.</param>
    /// <returns>The text, or <see langword="null"/> when there is no text at all.</returns>
    public string? Resolve(string language) => ResolveWithLanguage(language).Text;

    /// <summary>Finds the text as <see cref="Resolve"/> does, with the language it is written in.</summary>
    /// <param name="language">The BCP 47 language tag wanted.</param>
    /// <returns>The text and <paramref name="language"/>, or the first text and its own tag when the text falls back; no text and <paramref name="language"/> when there is no text at all.</returns>
    internal (string? Text, string Language) ResolveWithLanguage(string language) =>
        InLanguage(language) is { } text ? (text, language)
        : _entries.Length > 0 ? (_entries[0].Value, _entries[0].Key)
        : (null, language);

    /// <summary>Finds the text in <paramref name="language"/> or the nearest broader tag of it, never in another language.</summary>
    /// <param name="language">The BCP 47 language tag wanted.</param>
    /// <returns>The text, or <see langword="null"/> when there is none in that language.</returns>
    internal string? InLanguage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        for (var tag = language; tag.Length > 0; tag = tag[..Math.Max(tag.LastIndexOf('-'), 0)])
        {
            if (TryGetValue(tag, out var text))
            {
                return text;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(_entries, key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var index = IndexOf(_entries, key);
        value = index >= 0 ? _entries[index].Value : null;
        return index >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        ((IEnumerable<KeyValuePair<string, string>>)_entries).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

    /// <summary>
    /// Compares by content: the same tags (without regard to case or order) with the same texts.
    /// </summary>
    /// <param name="other">The text to compare with.</param>
    /// <returns><see langword="true"/> when both hold the same texts.</returns>
    public bool Equals(LocalizedText? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._entries.Length != _entries.Length)
        {
            return false;
        }

        foreach (var (language, text) in _entries)
        {
            if (!other.TryGetValue(language, out var otherText) || !string.Equals(text, otherText, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (language, text) in _entries)
        {
            hash ^= HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(language), text);
        }

        return hash;
    }

    /// <summary>Returns the texts as <c>tag: text</c> pairs, for debugging.</summary>
    /// <returns>The texts.</returns>
    public override string ToString() => string.Join(" | ", _entries.Select(static entry => $"{entry.Key}: {entry.Value}"));

    /// <summary>Creates text from entries already checked for duplicate tags and nulls.</summary>
    /// <param name="entries">The entries; the new instance takes ownership of the array.</param>
    /// <returns>The text.</returns>
    internal static LocalizedText FromTrusted(KeyValuePair<string, string>[] entries) => new(entries, trusted: true);

    /// <summary>Finds a tag, without regard to case.</summary>
    /// <param name="entries">The entries to search.</param>
    /// <param name="language">The tag.</param>
    /// <returns>The index, or -1.</returns>
    internal static int IndexOf(ReadOnlySpan<KeyValuePair<string, string>> entries, string language)
    {
        for (var i = 0; i < entries.Length; i++)
        {
            if (string.Equals(entries[i].Key, language, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
