using System.Globalization;
using System.Text.Json.Nodes;
using Lmec.Content.Validation;

namespace Lmec.Content.Testing;

/// <summary>Edits of JSON documents for tests: parse, change, write compactly.</summary>
internal static class JsonEdit
{
    /// <summary>Parses a document, applies an edit to it and writes it again.</summary>
    /// <param name="json">The document.</param>
    /// <param name="edit">The edit of its root.</param>
    /// <returns>The edited document, written compactly.</returns>
    public static string Edit(string json, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(json)!;
        edit(node);
        return node.ToJsonString();
    }

    /// <summary>Sets the value at a JSON Pointer, adding the member or replacing the element there.</summary>
    /// <param name="json">The document.</param>
    /// <param name="pointer">Where, such as <c>/articles/0/headline</c>; its parent must exist.</param>
    /// <param name="value">The value; <see langword="null"/> writes JSON <c>null</c>.</param>
    /// <returns>The edited document.</returns>
    public static string Set(string json, string pointer, JsonNode? value) => Edit(json, root =>
    {
        var tokens = JsonPointer.Parse(pointer);
        var parent = root;
        foreach (var token in tokens.Take(tokens.Count - 1))
        {
            parent = parent is JsonArray array ? array[Index(token)]! : parent[token]!;
        }

        if (parent is JsonArray list)
        {
            list[Index(tokens[^1])] = value;
        }
        else
        {
            parent[tokens[^1]] = value;
        }
    });

    /// <summary>Removes the member at a JSON Pointer.</summary>
    /// <param name="json">The document.</param>
    /// <param name="pointer">Where; its parent must be an object.</param>
    /// <returns>The edited document.</returns>
    public static string Remove(string json, string pointer)
    {
        var tokens = JsonPointer.Parse(pointer);
        return Edit(json, root => tokens.Take(tokens.Count - 1).Aggregate(root, (node, token) => node is JsonArray array ? array[Index(token)]! : node[token]!).AsObject().Remove(tokens[^1]));
    }

    private static int Index(string token) => int.Parse(token, CultureInfo.InvariantCulture);
}
