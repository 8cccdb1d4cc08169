using System.Text.Json.Nodes;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Conformance;

/// <summary>Changes a document at a JSON Pointer.</summary>
internal static class JsonNodeEdits
{
    /// <summary>Finds the value at a pointer of a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="pointer">The RFC 6901 pointer.</param>
    /// <returns>The value, or <see langword="null"/> where there is none (or it is <c>null</c>).</returns>
    internal static JsonNode? Find(JsonNode? document, string pointer)
    {
        var node = document;
        foreach (var segment in JsonPointer.Parse(pointer))
        {
            node = node switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }

    /// <summary>Returns a copy of a document with the value at a pointer replaced or added.</summary>
    /// <param name="document">The document, unchanged.</param>
    /// <param name="pointer">Where, not the root.</param>
    /// <param name="value">The new value.</param>
    /// <returns>The changed copy.</returns>
    internal static JsonNode Set(JsonNode document, string pointer, JsonNode? value)
    {
        var copy = document.DeepClone();
        Apply(copy, pointer, value, remove: false);
        return copy;
    }

    /// <summary>Returns a copy of a document without the member or element at a pointer.</summary>
    /// <param name="document">The document, unchanged.</param>
    /// <param name="pointer">Where, not the root.</param>
    /// <returns>The changed copy.</returns>
    internal static JsonNode Remove(JsonNode document, string pointer)
    {
        var copy = document.DeepClone();
        Apply(copy, pointer, null, remove: true);
        return copy;
    }

    /// <summary>Changes a document in place.</summary>
    /// <param name="document">The document.</param>
    /// <param name="pointer">Where, not the root.</param>
    /// <param name="value">The new value.</param>
    /// <param name="remove">Whether to remove the member or element rather than set it.</param>
    internal static void Apply(JsonNode document, string pointer, JsonNode? value, bool remove)
    {
        var tokens = JsonPointer.Parse(pointer);
        var parent = document;
        foreach (var token in tokens.SkipLast(1))
        {
            parent = parent is JsonArray array ? array[Index(token)]! : parent[token]!;
        }

        var last = tokens[^1];
        switch (parent)
        {
            case JsonObject obj when remove:
                obj.Remove(last);
                break;
            case JsonObject obj:
                obj[last] = value;
                break;
            case JsonArray array when remove:
                array.RemoveAt(Index(last));
                break;
            case JsonArray array:
                array[Index(last)] = value;
                break;
        }
    }

    private static int Index(string token) => int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
}
