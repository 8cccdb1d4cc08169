using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>Counts, over one walk of a document, the texts written in each language, tags compared without regard to case.</summary>
internal sealed class TextLanguageCounter : IModelVisitor
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the languages of the texts, those most texts are written in first, then in the order first met.</summary>
    internal IReadOnlyList<string> Languages => [.. _counts.Select(static (pair, order) => (pair.Key, pair.Value, order)).OrderByDescending(static entry => entry.Value).ThenBy(static entry => entry.order).Select(static entry => entry.Key)];

    /// <inheritdoc/>
    public void Text(LocalizedText text, JsonPointerBuilder path)
    {
        foreach (var language in text.Keys)
        {
            _counts[language] = _counts.GetValueOrDefault(language) + 1;
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
    public void Date(WireMember member, DateOnly value, JsonPointerBuilder path)
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
