using System.Runtime.InteropServices;
using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>Counts, over one walk of a document, the texts written in each language, tags compared without regard to case.</summary>
internal sealed class TextLanguageCounter : IModelVisitor
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the languages of the texts, those most texts are written in first, then in the order first met.</summary>
    internal IReadOnlyList<string> Languages
    {
        get
        {
            // A dictionary never removed from lists its keys in the order they were added: the sort keeps that order among equal counts.
            var entries = new (string Language, int Count, int Order)[_counts.Count];
            var order = 0;
            foreach (var (language, count) in _counts)
            {
                entries[order] = (language, count, order);
                order++;
            }

            Array.Sort(entries, static (x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : x.Order.CompareTo(y.Order));
            var languages = new string[entries.Length];
            for (var index = 0; index < entries.Length; index++)
            {
                languages[index] = entries[index].Language;
            }

            return languages;
        }
    }

    /// <inheritdoc/>
    public void Text(LocalizedText text, JsonPointerBuilder path)
    {
        foreach (var (language, _) in text.Entries)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_counts, language, out _)++;
        }
    }

    /// <inheritdoc/>
    public void Value(WireMember member, string value, JsonPointerBuilder path)
    {
    }

    /// <inheritdoc/>
    public void Integer(WireMember member, long value, JsonPointerBuilder path)
    {
    }

    /// <inheritdoc/>
    public void Date(WireMember member, PartialDate value, JsonPointerBuilder path)
    {
    }

    /// <inheritdoc/>
    public void Timestamp(WireMember member, DateTimeOffset value, JsonPointerBuilder path)
    {
    }

    /// <inheritdoc/>
    public void StringList(WireMember member, IContentList list, JsonPointerBuilder path)
    {
    }

    /// <inheritdoc/>
    public void LongValue(WireMember member, string value, JsonPointerBuilder path)
    {
    }
}
