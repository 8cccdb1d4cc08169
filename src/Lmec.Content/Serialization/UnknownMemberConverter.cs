using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Lmec.Content.Json;

namespace Lmec.Content.Serialization;

/// <summary>
/// Reads a value the model keeps as JSON (a member it does not define, an extension's content) as the serializer's own
/// converter does, but rejects text that is not valid UTF-16: a lone surrogate written as an escape, such as
/// <c>"\ud800"</c>, which a <see cref="JsonElement"/> would keep and fail on only later, when the document is compared
/// or written. It also makes the JSON front end's checks of each token in the value (<see cref="JsonTokenCheck"/>),
/// which the reader does not make, and notes on the reading thread a value that fails them
/// (<see cref="ReadRejectedValue"/>), so that validation knows whether a typed read that succeeded proves the text.
/// </summary>
internal sealed class UnknownMemberConverter : JsonConverter<JsonElement>
{
    // A read of a span runs on one thread from start to end, so the thread is where one read's finding can wait for
    // the validator that started it; the converter itself is shared by every read.
    [ThreadStatic]
    private static bool t_readRejectedValue;

    /// <summary>
    /// Gets whether a value read on this thread since <see cref="StartWatching"/> holds what the front end rejects: a string
    /// or member name that is not text, or a number out of range. Reading does not fail for it, as <see cref="ContentJson"/>
    /// reads such a value; the front end reports it.
    /// </summary>
    internal static bool ReadRejectedValue => t_readRejectedValue;

    /// <summary>Starts watching the values read on this thread, before a typed read.</summary>
    internal static void StartWatching() => t_readRejectedValue = false;

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
                if (reader.ValueIsEscaped)
                {
                    // An escape that spells no text: GetString throws for it, and the serializer reports that as a
                    // JsonException with this member's path.
                    _ = reader.GetString();
                }

                t_readRejectedValue = true;
                break;
            case JsonTokenType.Number when !JsonTokenCheck.IsNumberInRange(ref reader):
                t_readRejectedValue = true;
                break;
        }
    }
}
