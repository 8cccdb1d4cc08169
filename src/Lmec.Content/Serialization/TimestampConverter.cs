using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lmec.Content.Contract;

namespace Lmec.Content.Serialization;

/// <summary>
/// Reads and writes a <see cref="DateTimeOffset"/> as an RFC 3339 timestamp that always carries its
/// offset: <c>2023-04-25T09:30:00+08:00</c> or <c>2023-04-25T01:30:00Z</c>. Reading accepts exactly the
/// timestamps of <see cref="WirePatterns.Timestamp"/>, as the schemas do, and rejects a timestamp without an
/// offset, which <see cref="System.Text.Json"/> would silently read in the local time zone of the machine.
/// </summary>
public sealed class TimestampConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc/>
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!;
            if (TryParse(text, out var value))
            {
                return value;
            }
        }

        throw new JsonException("Expected an RFC 3339 timestamp with an offset, such as 2023-04-25T09:30:00+08:00.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var format = value.Offset == TimeSpan.Zero ? "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'" : "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz";
        writer.WriteStringValue(value.ToString(format, CultureInfo.InvariantCulture));
    }

    /// <summary>Parses a timestamp of the wire format (<see cref="WirePatterns.Timestamp"/>) whose instant lies within the years 0001 to 9999 in UTC.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The timestamp, when the text is one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is such a timestamp.</returns>
    public static bool TryParse(string? text, out DateTimeOffset value) => WireValues.TryParseTimestamp(text, out value);
}
