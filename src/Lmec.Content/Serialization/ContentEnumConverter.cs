using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lmec.Content.Serialization;

/// <summary>
/// Reads and writes an enum of the model as its camelCase name (<c>panelDiscussion</c>). Unlike
/// <see cref="JsonStringEnumConverter{TEnum}"/> it matches names exactly, never accepts numbers,
/// numeric strings or comma-separated flags, and allocates nothing.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class ContentEnumConverter<TEnum> : JsonConverter<TEnum>, IContentEnumConverter
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    private static readonly JsonEncodedText[] Names =
        [.. Enum.GetNames<TEnum>().Select(static name => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(name)))];

    /// <summary>Gets the wire names of the enum's values, in the order of the values.</summary>
    internal static IReadOnlyList<string> WireNames { get; } = [.. Names.Select(static name => name.Value)];

    /// <summary>Gets the wire name of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its camelCase name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    internal static string GetWireName(TEnum value)
    {
        var index = Array.IndexOf(Values, value);
        return index >= 0 ? WireNames[index] : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined value of {typeof(TEnum).Name}.");
    }

    /// <inheritdoc/>
    IReadOnlyList<string> IContentEnumConverter.WireNames => WireNames;

    /// <inheritdoc/>
    bool IContentEnumConverter.IsDefined(object value) => value is TEnum member && Array.IndexOf(Values, member) >= 0;

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryRead(ref reader, out var value) ? value : throw new JsonException($"Expected one of {string.Join(", ", WireNames)} for {typeof(TEnum).Name}.");

    /// <summary>Reads the current token as the wire name of one of the enum's values.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <param name="value">The value, when the token is one of <see cref="WireNames"/>.</param>
    /// <returns><see langword="true"/> when the token is a string that is exactly one of the wire names.</returns>
    internal static bool TryRead(ref Utf8JsonReader reader, out TEnum value)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            for (var i = 0; i < Names.Length; i++)
            {
                if (reader.ValueTextEquals(Names[i].EncodedUtf8Bytes))
                {
                    value = Values[i];
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var index = Array.IndexOf(Values, value);
        if (index < 0)
        {
            throw new JsonException($"{value} is not a defined value of {typeof(TEnum).Name}.");
        }

        writer.WriteStringValue(Names[index]);
    }
}
