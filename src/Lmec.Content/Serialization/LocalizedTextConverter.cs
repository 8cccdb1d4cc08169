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
    /// <inheritdoc/>
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object of language tag to text, such as {\"en\": \"...\"}.");
        }

        var entries = new List<KeyValuePair<string, string>>(2);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var language = reader.GetString()!;
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

        return LocalizedText.FromTrusted([.. entries]);
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
