using System.Text.Json;
using System.Text.Json.Serialization;
using Lmec.Content.Model;

namespace Lmec.Content.Serialization;

/// <summary>
/// Reads and writes <see cref="LocalizedText"/> as an object of BCP 47 tag to string. Reading rejects
/// anything else: a non-string or <see langword="null"/> text, or a tag given twice (also when written
/// with escapes or in another case).
/// </summary>
public sealed class LocalizedTextConverter : JsonConverter<LocalizedText>
{
    // The longest tag kept for reuse, in bytes: "zh-Hans-CN" and every tag of the exchange's languages fit.
    private const int MaxKeptTagBytes = 16;

    // The most entries whose room is kept for the next text.
    private const int MaxKeptEntries = 16;

    // The entries of the text being read, reused by every text read on this thread (a text holds no text, so reads do
    // not nest): only the final array is allocated per text.
    [ThreadStatic]
    private static List<KeyValuePair<string, string>>? t_entries;

    // The last tags read on this thread: a document writes the same few tags on every text, so each is allocated
    // once, not once a text.
    [ThreadStatic]
    private static string?[]? t_tags;

    [ThreadStatic]
    private static int t_nextTag;

    /// <inheritdoc/>
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object of language tag to text, such as {\"en\": \"...\"}.");
        }

        var entries = t_entries ??= new List<KeyValuePair<string, string>>(4);
        entries.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var language = Tag(ref reader);
            if (LocalizedText.IndexOf(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entries), language) >= 0)
            {
                throw new JsonException($"The language tag '{language}' occurs more than once.");
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"Expected a string as the text in '{language}'.");
            }

            entries.Add(new(language, reader.GetString()!));
        }

        var text = LocalizedText.FromTrusted([.. entries]);
        entries.Clear();
        if (entries.Capacity > MaxKeptEntries)
        {
            // A text of very many languages does not leave its room behind for the life of the thread.
            t_entries = null;
        }

        return text;
    }

    // The tag of a text: one of the last tags read when its bytes are the same, else a new string that joins them.
    private static string Tag(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (reader.ValueIsEscaped || reader.HasValueSequence || raw.Length > MaxKeptTagBytes)
        {
            return reader.GetString()!;
        }

        var tags = t_tags ??= new string?[4];
        foreach (var tag in tags)
        {
            if (tag is not null && System.Text.Ascii.Equals(raw, tag))
            {
                return tag;
            }
        }

        var read = reader.GetString()!;
        tags[t_nextTag] = read;
        t_nextTag = (t_nextTag + 1) % tags.Length;
        return read;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();

        // The entries as a span: the dictionary's enumerator would be allocated and called through an interface
        // for every text written.
        foreach (var (language, text) in value.Entries)
        {
            writer.WriteString(language, text);
        }

        writer.WriteEndObject();
    }
}
