using System.Collections.Frozen;

namespace Lmec.Content.Localization;

/// <summary>The messages of one language of a <see cref="MessageCatalog"/>, read when first asked for.</summary>
internal sealed class MessageLanguage
{
    private readonly Lazy<FrozenDictionary<string, MessageEntry>> _entries;

    /// <summary>Initialises a language whose entries are at hand.</summary>
    /// <param name="tag">The BCP 47 tag, as the first file of the language spelt it, such as <c>zh-Hans</c>.</param>
    /// <param name="entries">The entries by key.</param>
    public MessageLanguage(string tag, FrozenDictionary<string, MessageEntry> entries)
    {
        Tag = tag;
        _entries = new(entries);
    }

    /// <summary>Initialises a language whose entries are read on first use, once, by any thread.</summary>
    /// <param name="tag">The BCP 47 tag, such as <c>zh-Hans</c>.</param>
    /// <param name="read">Reads and checks the entries; an exception it throws is thrown at every use.</param>
    public MessageLanguage(string tag, Func<FrozenDictionary<string, MessageEntry>> read)
    {
        Tag = tag;
        _entries = new(read, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the BCP 47 tag.</summary>
    public string Tag { get; }

    /// <summary>Gets a value indicating whether the entries have been read.</summary>
    public bool IsRead => _entries.IsValueCreated;

    /// <summary>Gets the entries by key, reading them on first use.</summary>
    /// <exception cref="MessageCatalogException">The language's file is faulty.</exception>
    public FrozenDictionary<string, MessageEntry> Entries => _entries.Value;
}
