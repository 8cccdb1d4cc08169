using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lmec.Content.Contract;

namespace Lmec.Content.Serialization;

/// <summary>
/// Reads and writes a <see cref="TimeOnly"/> as a time of day on the 24-hour clock, <c>HH:mm</c> or <c>HH:mm:ss</c>
/// (<see cref="WirePatterns.Time"/>), such as <c>09:30</c>. Writing gives <c>HH:mm</c> when the seconds are zero and
/// <c>HH:mm:ss</c> otherwise; fractions of a second are not part of the wire format and are not written.
/// </summary>
public sealed class TimeConverter : JsonConverter<TimeOnly>
{
    /// <inheritdoc/>
    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && TryParse(reader.GetString(), out var time))
        {
            return time;
        }

        throw new JsonException("Expected a time of day of the form HH:mm or HH:mm:ss, such as 09:30.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    /// <summary>Reads a time of day of the wire format, <c>HH:mm</c> or <c>HH:mm:ss</c> in ASCII digits, from 00:00 to 23:59:59.</summary>
    /// <param name="text">The text.</param>
    /// <param name="time">The time, when the text is one.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    public static bool TryParse(string? text, out TimeOnly time) => WireValues.TryParseTime(text, out time);

    /// <summary>Writes a time of day in its wire form: <c>HH:mm</c> when its seconds are zero, else <c>HH:mm:ss</c>.</summary>
    /// <param name="time">The time; a fraction of a second is not written.</param>
    /// <returns>The text.</returns>
    public static string Format(TimeOnly time) => time.ToString(time.Second == 0 ? "HH':'mm" : "HH':'mm':'ss", CultureInfo.InvariantCulture);
}
