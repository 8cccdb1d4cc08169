using Lmec.Content.Model;
using Newtonsoft.Json;

namespace Lmec.Content.Benchmarks;

/// <summary>Reads and writes <see cref="LocalizedText"/> for Newtonsoft.Json as an object of language tag to text, as the model's own converter does.</summary>
internal sealed class NewtonsoftLocalizedTextConverter : JsonConverter<LocalizedText>
{
    /// <inheritdoc/>
    public override LocalizedText? ReadJson(JsonReader reader, Type objectType, LocalizedText? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        if (reader.TokenType != JsonToken.StartObject)
        {
            throw new JsonSerializationException("Expected an object of language tag to text.");
        }

        var entries = new List<KeyValuePair<string, string>>(2);
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var language = (string)reader.Value!;
            entries.Add(new(language, reader.ReadAsString() ?? throw new JsonSerializationException($"Expected a string as the text in '{language}'.")));
        }

        return new LocalizedText(entries);
    }

    /// <inheritdoc/>
    public override void WriteJson(JsonWriter writer, LocalizedText? value, JsonSerializer serializer)
    {
        writer.WriteStartObject();
        foreach (var (language, text) in value!)
        {
            writer.WritePropertyName(language);
            writer.WriteValue(text);
        }

        writer.WriteEndObject();
    }
}
