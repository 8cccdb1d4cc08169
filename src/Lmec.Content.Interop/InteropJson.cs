using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Interop;

/// <summary>Writes the JSON of an export the way <see cref="ContentJson"/> writes documents.</summary>
internal static class InteropJson
{
    /// <summary>
    /// Writes JSON to a string with the encoder of <see cref="ContentJson"/>: Chinese and other text stays
    /// readable, while <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and <c>+</c> are escaped, so the text
    /// is safe inside an HTML <c>script</c> element: neither <c>&lt;/script&gt;</c> nor <c>&lt;!--</c> can occur in it.
    /// </summary>
    /// <param name="indented">Whether to indent by two spaces.</param>
    /// <param name="write">Writes one JSON value.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(bool indented, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Encoder = ContentJson.GetOptions(ContentReadMode.Lenient).Encoder,
            Indented = indented,
            IndentSize = 2,
        }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes an array member unless there are no items.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="items">The items, enumerated once.</param>
    /// <param name="writeItem">Writes one item as a JSON value.</param>
    public static void WriteArray<T>(this Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<T> writeItem)
    {
        using var enumerator = items.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            return;
        }

        writer.WriteStartArray(name);
        do
        {
            writeItem(enumerator.Current);
        }
        while (enumerator.MoveNext());
        writer.WriteEndArray();
    }

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>, as the wire format does.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>Writes a date of reduced precision as the wire format does, <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>: the truncated ISO 8601 forms both schema.org and ninjs accept.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(PartialDate date) => date.ToString();

    /// <summary>
    /// Writes a day with the time of day when it is known, as ISO 8601 local time with the offset from UTC when that
    /// is known (<c>2024-12-04T08:30:00+07:00</c>); a day alone, or a month or a year, as <see cref="Date(PartialDate)"/>.
    /// </summary>
    /// <param name="date">The day, month or year, or <see langword="null"/>.</param>
    /// <param name="time">The time of day, or <see langword="null"/>; ignored unless <paramref name="date"/> is a day.</param>
    /// <param name="utcOffset">The offset as the wire format writes it (<c>Z</c>, <c>+07:00</c>), or <see langword="null"/>.</param>
    /// <returns>The text, or <see langword="null"/> when there is no date.</returns>
    public static string? When(PartialDate? date, TimeOnly? time, string? utcOffset) =>
        date is not { } value ? null
        : time is { } clock && value.TryGetDate(out var day) ? Date(day) + "T" + clock.ToString("HH':'mm':'ss", CultureInfo.InvariantCulture) + utcOffset
        : Date(value);

    /// <summary>Writes a timestamp member as the wire format writes timestamps, with its offset.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The timestamp; nothing is written when <see langword="null"/>.</param>
    public static void WriteTimestamp(this Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } timestamp)
        {
            writer.WritePropertyName(name);
            new TimestampConverter().Write(writer, timestamp, ContentJson.GetOptions(ContentReadMode.Strict));
        }
    }

    /// <summary>Writes a string member unless the value is <see langword="null"/> or empty.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    public static void WriteOptional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }
}
