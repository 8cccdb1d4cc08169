using System.Text.Json;
using System.Text.Json.Serialization;
using Lmec.Content.Model;

namespace Lmec.Content.Serialization;

/// <summary>
/// Reads and writes a <see cref="PartialDate"/> in its wire form, <c>2023</c>, <c>2023-12</c> or <c>2023-12-05</c>,
/// exactly the dates of <see cref="Contract.WirePatterns.PartialDate"/>.
/// </summary>
public sealed class PartialDateConverter : JsonConverter<PartialDate>
{
    /// <inheritdoc/>
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && PartialDate.TryParse(reader.GetString(), out var date))
        {
            return date;
        }

        throw new JsonException("Expected a date of the form yyyy, yyyy-MM or yyyy-MM-dd, such as 2023, 2023-12 or 2023-12-05.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
