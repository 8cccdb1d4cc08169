using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Lmec.Content.Json;

namespace Lmec.Content.Serialization;

/// <summary>
/// Reads a value the model keeps as JSON (a member it does not define, an extension's content) as the serializer's own
/// converter does, but first makes the JSON front end's checks of each token in it (<see cref="JsonTokenCheck"/>),
/// which the reader does not make: every string and member name is text (no invalid UTF-8, no lone surrogate such as
/// <c>"\ud800"</c>) and every number within range. A <see cref="JsonElement"/> would keep such a value and fail only
/// later, when the document is compared or written; and with these checks a typed read that succeeds proves what the
/// front end would decide of the values it kept, so that validation need not scan the text first.
/// </summary>
internal sealed class UnknownMemberConverter : JsonConverter<JsonElement>
{
    /// <inheritdoc/>
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var scan = reader;
        byte[]? buffer = null;
        try
        {
            Check(ref scan, ref buffer);
            if (scan.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var depth = scan.CurrentDepth;
                while (scan.Read() && scan.CurrentDepth > depth)
                {
                    Check(ref scan, ref buffer);
                }
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        return JsonMetadataServices.JsonElementConverter.Read(ref reader, typeToConvert, options);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) =>
        JsonMetadataServices.JsonElementConverter.Write(writer, value, options);

    private static void Check(ref Utf8JsonReader reader, ref byte[]? buffer)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String or JsonTokenType.PropertyName when !JsonTokenCheck.TryGetText(ref reader, ref buffer, out _):
                throw new JsonException("The text is not valid UTF-8 or holds a lone surrogate.");
            case JsonTokenType.Number when !JsonTokenCheck.IsNumberInRange(ref reader):
                throw new JsonException("The number is beyond ±(2^53 − 1), where a reader may change its digits.");
        }
    }
}
