using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Lmec.Content.Serialization;

/// <summary>
/// Reads the value of a member the model does not define as the serializer's own converter does, but rejects
/// text that is not valid UTF-16: a lone surrogate written as an escape, such as <c>"\ud800"</c>. A
/// <see cref="JsonElement"/> would keep it and fail only later, when the document is compared or written.
/// </summary>
internal sealed class UnknownMemberConverter : JsonConverter<JsonElement>
{
    /// <inheritdoc/>
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var scan = reader;
        RejectLoneSurrogates(ref scan);
        if (scan.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var depth = scan.CurrentDepth;
            while (scan.Read() && scan.CurrentDepth > depth)
            {
                RejectLoneSurrogates(ref scan);
            }
        }

        return JsonMetadataServices.JsonElementConverter.Read(ref reader, typeToConvert, options);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) =>
        JsonMetadataServices.JsonElementConverter.Write(writer, value, options);

    private static void RejectLoneSurrogates(ref Utf8JsonReader reader)
    {
        // Only an escape can spell a lone surrogate: the reader rejects invalid UTF-8 itself. GetString
        // throws for one, and the serializer reports that as a JsonException with this member's path.
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
        {
            _ = reader.GetString();
        }
    }
}
