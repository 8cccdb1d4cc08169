using System.Text.Json;

namespace Lmec.Content.Schemas;

/// <summary>Finds how the serializer writes an enum value, so that schemas and messages name it as the wire does.</summary>
internal static class SerializedValues
{
    /// <summary>Writes an enum value as the serializer does.</summary>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer options.</param>
    /// <returns>The JSON the serializer writes for it, such as the string <c>newsletterIssue</c>.</returns>
    internal static JsonElement Of(object value, JsonSerializerOptions options) =>
        JsonSerializer.SerializeToElement(value, value.GetType(), options);
}
