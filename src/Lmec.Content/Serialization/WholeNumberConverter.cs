using System.Text.Json;
using System.Text.Json.Serialization;
using Lmec.Content.Contract;

namespace Lmec.Content.Serialization;

/// <summary>
/// Reads an integer member as JSON Schema reads one: a number whose value is whole, however it is written (<c>6</c>,
/// <c>6.0</c>, <c>1e2</c>), as the published schemas and every validator of them accept; writes it in plain digits.
/// A number that is not whole, or beyond the range of <see cref="int"/>, is rejected.
/// </summary>
internal sealed class WholeNumberConverter : JsonConverter<int>
{
    /// <inheritdoc/>
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt32(out var value))
            {
                return value;
            }

            if (reader.TryGetDouble(out var number) && WireValues.IsWhole(number) && number is >= int.MinValue and <= int.MaxValue)
            {
                return (int)number;
            }
        }

        throw new JsonException("Expected a whole number within the range of the member.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
