using System.Text.Json;
using Lmec.Content.Validation;

namespace Lmec.Content.Json;

/// <summary>
/// Finds where the values that JSON Pointers name stand in a UTF-8 JSON text, in one pass over it, so
/// that a finding located by pointer can also give its line and column.
/// </summary>
public static class JsonSourceMap
{
    /// <summary>
    /// Locates pointers in a text. A member is located at its name; an array element at its value. A
    /// pointer to a value that is not there (a missing member) is located at the nearest enclosing value
    /// that is. Reading stops quietly at the first syntax error: pointers past it fall back the same way.
    /// </summary>
    /// <param name="utf8Json">The UTF-8 JSON text, without a byte order mark.</param>
    /// <param name="pointers">The pointers to locate.</param>
    /// <returns>The position of every pointer that could be located, the root always among them when the text is not empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pointers"/> is <see langword="null"/>.</exception>
    public static IReadOnlyDictionary<string, SourcePosition> Locate(ReadOnlySpan<byte> utf8Json, IEnumerable<string> pointers)
    {
        ArgumentNullException.ThrowIfNull(pointers);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pointer in pointers)
        {
            for (var prefix = pointer; ; prefix = prefix[..prefix.LastIndexOf('/')])
            {
                wanted.Add(prefix);
                if (prefix.Length == 0 || prefix.LastIndexOf('/') < 0)
                {
                    break;
                }
            }
        }

        var offsets = FindOffsets(utf8Json, wanted);
        var positions = ToPositions(utf8Json, offsets.Values);
        var result = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var pointer in pointers)
        {
            for (var prefix = pointer; ; prefix = prefix[..prefix.LastIndexOf('/')])
            {
                if (offsets.TryGetValue(prefix, out var offset))
                {
                    result[pointer] = positions[offset];
                    break;
                }

                if (prefix.Length == 0 || prefix.LastIndexOf('/') < 0)
                {
                    break;
                }
            }
        }

        return result;
    }

    private static Dictionary<string, long> FindOffsets(ReadOnlySpan<byte> utf8Json, HashSet<string> wanted)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = int.MaxValue });
        var path = new Stack<string>();
        var indices = new Stack<int>();
        var current = JsonPointer.Root;
        string? pendingMember = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingMember = JsonPointer.Append(current, reader.GetString()!);
                        if (wanted.Contains(pendingMember))
                        {
                            found.TryAdd(pendingMember, reader.TokenStartIndex);
                        }

                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        current = path.Pop();
                        indices.Pop();
                        continue;
                }

                var here = pendingMember ?? (indices.Count > 0 && indices.Peek() >= 0 ? JsonPointer.Append(current, NextIndex(indices)) : current);
                pendingMember = null;
                if (wanted.Contains(here))
                {
                    found.TryAdd(here, reader.TokenStartIndex);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    path.Push(current);
                    indices.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                    current = here;
                }
            }
        }
        catch (JsonException)
        {
            // The text ends in a syntax error: what was found before it stands.
        }

        return found;
    }

    private static int NextIndex(Stack<int> indices)
    {
        var index = indices.Pop();
        indices.Push(index + 1);
        return index;
    }

    /// <summary>Converts byte offsets in a UTF-8 text to lines and columns, in one pass over the text.</summary>
    /// <param name="utf8Json">The UTF-8 text.</param>
    /// <param name="offsets">The byte offsets, in any order; an offset past the end stands at the end.</param>
    /// <returns>The position of every offset.</returns>
    internal static Dictionary<long, SourcePosition> ToPositions(ReadOnlySpan<byte> utf8Json, IEnumerable<long> offsets)
    {
        var positions = new Dictionary<long, SourcePosition>();
        var line = 1;
        var column = 1;
        var at = 0;
        foreach (var offset in offsets.Distinct().Order())
        {
            for (; at < offset && at < utf8Json.Length; at++)
            {
                var b = utf8Json[at];
                if (b == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            positions[offset] = new SourcePosition(line, column);
        }

        return positions;
    }
}
