using System.Buffers;
using System.Text;
using System.Text.Json;
using Lmec.Content.Json;
using Lmec.Content.Validation;

namespace Lmec.Content.Canonicalization;

/// <summary>
/// Writes a JSON text the front end accepted in the canonical form of RFC 8785 (JSON Canonicalization
/// Scheme): no white space, object members sorted by the UTF-16 code units of their names, numbers as
/// ECMAScript writes them, strings with only the escapes JSON requires. The front end has already rejected
/// all that canonical JSON cannot represent or would change (duplicate members, invalid UTF-8, lone
/// surrogates, numbers beyond ±(2^53 − 1) whose digits a double would change), so nothing is checked here.
/// </summary>
internal static class JsonCanonicalizer
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Canonicalizes one JSON text.</summary>
    /// <param name="json">The text, as the front end accepted it.</param>
    /// <returns>The canonical UTF-8 bytes.</returns>
    public static byte[] Canonicalize(JsonText json)
    {
        var utf8Json = json.Utf8Json.Span;

        // The front end bounded the depth by the limits it was given, which never exceed this.
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = ContentLimits.MaxAllowedDepth });
        var output = new ArrayBufferWriter<byte>(Math.Max(utf8Json.Length, 16));
        reader.Read();
        WriteValue(ref reader, output);
        return output.WrittenSpan.ToArray();
    }

    private static void WriteValue(ref Utf8JsonReader reader, ArrayBufferWriter<byte> output)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                WriteObject(ref reader, output);
                break;
            case JsonTokenType.StartArray:
                output.Write("["u8);
                for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                {
                    if (index > 0)
                    {
                        output.Write(","u8);
                    }

                    WriteValue(ref reader, output);
                }

                output.Write("]"u8);
                break;
            case JsonTokenType.String:
                WriteString(reader.GetString()!, output);
                break;
            case JsonTokenType.Number:
                WriteAscii(EcmaScriptNumber.Format(reader.GetDouble()), output);
                break;
            default:
                // true, false and null: the reader has checked the literal, whose text is canonical.
                output.Write(reader.ValueSpan);
                break;
        }
    }

    private static void WriteObject(ref Utf8JsonReader reader, ArrayBufferWriter<byte> output)
    {
        var members = new List<KeyValuePair<string, byte[]>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var value = new ArrayBufferWriter<byte>();
            WriteValue(ref reader, value);
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
}
