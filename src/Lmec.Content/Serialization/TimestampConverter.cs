using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lmec.Content.Serialization;

/// <summary>
/// Reads and writes a <see cref="DateTimeOffset"/> as an RFC 3339 timestamp that always carries its
/// offset: <c>2023-04-25T09:30:00+08:00</c> or <c>2023-04-25T01:30:00Z</c>. Reading rejects a
/// timestamp without an offset, which <see cref="System.Text.Json"/> would silently read in the local
/// time zone of the machine, and a date without a time.
/// </summary>
public sealed class TimestampConverter : JsonConverter<DateTimeOffset>
{
    private static readonly string[] Formats = ["yyyy'-'MM'-'dd'T'HH':'mm':'ssK", "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'FFFFFFFK"];

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

    /// <summary>Parses an RFC 3339 timestamp that carries an offset.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The timestamp, when the text is one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a timestamp with an offset.</returns>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        return text is not null
            && HasOffset(text)
            && DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z')
        || (text.Length > 6 && (text[^6] == '+' || text[^6] == '-') && text[^3] == ':');
}
