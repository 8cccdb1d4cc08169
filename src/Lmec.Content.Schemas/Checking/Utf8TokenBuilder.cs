using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace Lmec.Content.Schemas.Checking;

/// <summary>
/// Builds the Newtonsoft token NJsonSchema validates straight from UTF-8 text, in one pass of
/// <see cref="Utf8JsonReader"/>: no string of the whole document, no second tokenizer. It builds what
/// Newtonsoft's own reader builds with dates kept as strings and floats read as <see cref="double"/>: an
/// integer is an <see cref="long"/> (a <see cref="BigInteger"/> beyond it), a number with a fraction or an
/// exponent a <see cref="double"/>, every string a string.
/// </summary>
/// <remarks>
/// The text must have passed the JSON front end, which decided its syntax, depth, encoding and duplicate
/// members; a text that did not may throw <see cref="JsonException"/>. The nesting is followed on the heap,
/// not the call stack, so no depth overflows it.
/// </remarks>
internal static class Utf8TokenBuilder
{
    private const int MaxSharedNameBytes = 64;
    private const int MaxSharedNames = 4096;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = int.MaxValue };
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SharedNames = Names.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _sharedCount;

    /// <summary>Builds the token of a text.</summary>
    /// <param name="utf8Json">The UTF-8 text, without a byte order mark.</param>
    /// <returns>The token of its root value.</returns>
    /// <exception cref="JsonException">The text is not one JSON value.</exception>
    internal static JToken Build(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, Options);
        var open = new Stack<JContainer>();
        JToken? root = null;
        string? member = null;
        while (reader.Read())
        {
            JToken value;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    member = MemberName(ref reader);
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    open.Pop();
                    continue;
                case JsonTokenType.StartObject:
                    value = new JObject();
                    break;
                case JsonTokenType.StartArray:
                    value = new JArray();
                    break;
                case JsonTokenType.String:
                    value = JValue.CreateString(reader.GetString());
                    break;
                case JsonTokenType.Number:
                    value = Number(ref reader);
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    value = new JValue(reader.GetBoolean());
                    break;
                default:
                    value = JValue.CreateNull();
                    break;
            }

            // A container joins its parent while still empty: Newtonsoft copies a token that already has a parent.
            if (open.TryPeek(out var parent))
            {
                parent.Add(parent is JObject ? new JProperty(member!, value) : value);
            }
            else
            {
                root = value;
            }

            if (value is JContainer container)
            {
                open.Push(container);
            }
        }

        return root ?? throw new JsonException("The text holds no JSON value.");
    }

    // Member names repeat within a document and across documents (the contract's names, language tags): each
    // is allocated once and shared. Only short names enter, and only up to a bound, so no text can grow it much.
    private static string MemberName(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (reader.ValueIsEscaped || raw.Length > MaxSharedNameBytes)
        {
            return reader.GetString()!;
        }

        Span<char> chars = stackalloc char[MaxSharedNameBytes];
        var length = Encoding.UTF8.GetChars(raw, chars);
        if (SharedNames.TryGetValue(chars[..length], out var name))
        {
            return name;
        }

        name = new string(chars[..length]);
        if (Volatile.Read(ref _sharedCount) < MaxSharedNames && SharedNames.TryAdd(name, name))
        {
            Interlocked.Increment(ref _sharedCount);
        }

        return name;
    }

    private static JValue Number(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
        {
            return new JValue(reader.TryGetDouble(out var number) ? number : double.Parse(Encoding.UTF8.GetString(raw), NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return reader.TryGetInt64(out var integer)
            ? new JValue(integer)
            : new JValue(BigInteger.Parse(Encoding.UTF8.GetString(raw), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }
}
