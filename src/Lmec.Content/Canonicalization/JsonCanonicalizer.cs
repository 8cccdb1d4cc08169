using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Lmec.Content.Canonicalization;

/// <summary>
/// Reads UTF-8 JSON strictly and writes it in the canonical form of RFC 8785 (JSON Canonicalization
/// Scheme): no white space, object members sorted by the UTF-16 code units of their names, numbers as
/// ECMAScript writes them, strings with only the escapes JSON requires.
/// </summary>
internal static class JsonCanonicalizer
{
    /// <summary>The deepest nesting read, as for documents.</summary>
    internal const int MaxDepth = 64;

    /// <summary>The largest integer that a double holds exactly together with its neighbours, 2^53 − 1 (I-JSON, RFC 7493 section 2.2).</summary>
    private const double MaxSafeInteger = 9007199254740991;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Canonicalizes one JSON text.</summary>
    /// <param name="utf8Json">The UTF-8 JSON text; a single leading byte order mark is skipped.</param>
    /// <returns>The canonical UTF-8 bytes.</returns>
    /// <exception cref="JsonException">
    /// The text is not one JSON value, or holds what canonical JSON cannot represent: a duplicate member,
    /// invalid UTF-8 or a lone surrogate, a number beyond the range of a double, or an integer beyond
    /// ±(2^53 − 1) not written in its canonical form.
    /// </exception>
    public static byte[] Canonicalize(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth });
        var output = new ArrayBufferWriter<byte>(Math.Max(utf8Json.Length, 16));
        var path = new List<PathSegment>();
        reader.Read();
        WriteValue(ref reader, utf8Json, output, path);

        // Throws for anything but white space after the value.
        reader.Read();
        return output.WrittenSpan.ToArray();
    }

    private static void WriteValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Json, ArrayBufferWriter<byte> output, List<PathSegment> path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                WriteObject(ref reader, utf8Json, output, path);
                break;
            case JsonTokenType.StartArray:
                output.Write("["u8);
                for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                {
                    if (index > 0)
                    {
                        output.Write(","u8);
                    }

                    path.Add(new PathSegment(null, index));
                    WriteValue(ref reader, utf8Json, output, path);
                    path.RemoveAt(path.Count - 1);
                }

                output.Write("]"u8);
                break;
            case JsonTokenType.String:
                WriteString(ReadString(ref reader, utf8Json, path), output);
                break;
            case JsonTokenType.Number:
                WriteNumber(ref reader, utf8Json, output, path);
                break;
            default:
                // true, false and null: the reader has checked the literal, whose text is canonical.
                output.Write(reader.ValueSpan);
                break;
        }
    }

    private static void WriteObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Json, ArrayBufferWriter<byte> output, List<PathSegment> path)
    {
        var members = new List<KeyValuePair<string, byte[]>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = ReadString(ref reader, utf8Json, path);
            path.Add(new PathSegment(name, 0));
            if (!names.Add(name))
            {
                throw Error(ref reader, utf8Json, path, $"The member '{name}' occurs twice in one object; canonical JSON needs unique member names.");
            }

            reader.Read();
            var value = new ArrayBufferWriter<byte>();
            WriteValue(ref reader, utf8Json, value, path);
            path.RemoveAt(path.Count - 1);
            members.Add(new(name, value.WrittenSpan.ToArray()));
        }

        // Ordinal comparison of .NET strings compares UTF-16 code units, as RFC 8785 section 3.2.3 requires.
        members.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        output.Write("{"u8);
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                output.Write(","u8);
            }

            WriteString(members[i].Key, output);
            output.Write(":"u8);
            output.Write(members[i].Value);
        }

        output.Write("}"u8);
    }

    private static string ReadString(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Json, List<PathSegment> path)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error(ref reader, utf8Json, path, "The string holds invalid UTF-8 or a lone surrogate escape such as \\ud800; canonical JSON needs well-formed Unicode text.");
        }
    }

    private static void WriteNumber(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Json, ArrayBufferWriter<byte> output, List<PathSegment> path)
    {
        var literal = reader.ValueSpan;
        if (!reader.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            throw Error(ref reader, utf8Json, path, $"The number {Encoding.UTF8.GetString(literal)} is beyond the range of an IEEE 754 double, which canonical JSON uses for every number.");
        }

        var text = EcmaScriptNumber.Format(value);

        // A double cannot carry every integer beyond 2^53 − 1: 9007199254740993 would be digested as
        // 9007199254740992. Such an integer is accepted only in the form canonicalization writes, so that
        // its digits never change silently and canonical output reads back as itself.
        if (literal.IndexOfAny(".eE"u8) < 0 && Math.Abs(value) > MaxSafeInteger && !literal.SequenceEqual(Encoding.ASCII.GetBytes(text)))
        {
            throw Error(ref reader, utf8Json, path, $"The integer {Encoding.UTF8.GetString(literal)} is beyond ±(2^53 − 1) and would be canonicalized as {text}; I-JSON (RFC 7493) asks for such numbers as strings.");
        }

        WriteAscii(text, output);
    }

    /// <summary>Writes a string with the escapes of RFC 8785 section 3.2.2.2 and nothing else.</summary>
    private static void WriteString(string value, ArrayBufferWriter<byte> output)
    {
        output.Write("\""u8);
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\')
            {
                continue;
            }

            WriteUtf8(value.AsSpan(start, i - start), output);
            start = i + 1;
            var escape = ShortEscape(c);
            if (escape.IsEmpty)
            {
                WriteAscii($"\\u{(int)c:x4}", output);
            }
            else
            {
                output.Write(escape);
            }
        }

        WriteUtf8(value.AsSpan(start), output);
        output.Write("\""u8);
    }

    /// <summary>Gets the two-character escape JSON has for a character, or nothing when it has none.</summary>
    private static ReadOnlySpan<byte> ShortEscape(char c) => c switch
    {
        '"' => "\\\""u8,
        '\\' => "\\\\"u8,
        '\b' => "\\b"u8,
        '\f' => "\\f"u8,
        '\n' => "\\n"u8,
        '\r' => "\\r"u8,
        '\t' => "\\t"u8,
        _ => [],
    };

    private static void WriteUtf8(ReadOnlySpan<char> text, ArrayBufferWriter<byte> output)
    {
        if (!text.IsEmpty)
        {
            output.Advance(StrictUtf8.GetBytes(text, output.GetSpan(StrictUtf8.GetMaxByteCount(text.Length))));
        }
    }

    private static void WriteAscii(string text, ArrayBufferWriter<byte> output) =>
        output.Advance(Encoding.ASCII.GetBytes(text, output.GetSpan(text.Length)));

    private static JsonException Error(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Json, List<PathSegment> path, string message)
    {
        var offset = (int)reader.TokenStartIndex;
        var before = utf8Json[..offset];
        var line = before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new JsonException(message, PathSegment.ToJsonPath(path), line, offset - lineStart);
    }
}
