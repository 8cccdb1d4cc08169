using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Contract;

namespace Lmec.Content.Tests.Canonicalization;

/// <summary>A JSON value for property tests, with the ways to write it that canonicalization must see through.</summary>
/// <param name="Root">The value; <see langword="null"/> is JSON <c>null</c>.</param>
public sealed record JsonTree(JsonNode? Root)
{
    private static readonly string[] Names =
        ["a", "b", "B", "1", "10", "", "\r", "\u0080", "\u00f6", "\u20ac", "\U0001F600", "\ufb33", "x y", "x/y", "\"", "\\", "tab\t", "\u6e44\u516c"];

    private static readonly string[] Texts =
        ["", "plain", "</script><!--", "\u0000\u0007\u001f\u007f", "\b\f\n\r\t", "quote \" and \\ backslash", "\u2028\u2029", "\u6f9c\u6e44", "\U0001F30F", "+&'<>`"];

    // Every number within ±(2^53 − 1), the range of the JSON front end that canonicalization reads through.
    private static readonly double[] SpecialNumbers = [0, -0.0, 1, -1, 1e-7, 1e-6, 0.1, 333333333.33333329, 5e-324, 1e15, 123456789012345.67, 9007199254740991, -9007199254740991];

    /// <summary>Writes the value with a chosen layout.</summary>
    /// <param name="seed">Shuffles object members when not <see langword="null"/>; keeps their order when <see langword="null"/>.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="encoder">How to escape strings.</param>
    /// <returns>The UTF-8 JSON.</returns>
    public byte[] Write(int? seed, bool indented, JavaScriptEncoder encoder)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = encoder, MaxDepth = 128 }))
        {
            WriteNode(writer, Root, seed is { } value ? new Random(value) : null);
        }

        return buffer.ToArray();
    }

    /// <summary>Tells whether two values are the same JSON: numbers by value, members in any order.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they are the same.</returns>
    public static bool Same(JsonNode? left, JsonNode? right) => (left, right) switch
    {
        (null, null) => true,
        (JsonObject a, JsonObject b) => a.Count == b.Count && a.All(member => b.TryGetPropertyValue(member.Key, out var other) && Same(member.Value, other)),
        (JsonArray a, JsonArray b) => a.Count == b.Count && a.Zip(b).All(static pair => Same(pair.First, pair.Second)),
        (JsonValue a, JsonValue b) when a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number =>
            a.GetValue<double>() == b.GetValue<double>(),
        (JsonValue a, JsonValue b) => a.GetValueKind() == b.GetValueKind() && a.ToJsonString() == b.ToJsonString(),
        _ => false,
    };

    /// <summary>Gets the arbitrary values FsCheck draws from.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<JsonTree> Values() => Gen.Sized(static size => Node(Math.Min(size, 24))).Select(static node => new JsonTree(node)).ToArbitrary();

    /// <inheritdoc/>
    public override string ToString() => Root?.ToJsonString() ?? "null";

    private static Gen<JsonNode?> Node(int size)
    {
        var numbers = Gen.OneOf(
            Gen.Elements(SpecialNumbers),
            Gen.Choose(-1_000_000, 1_000_000).Select(static i => i / 8.0),
            Gen.Choose(int.MinValue, int.MaxValue).Two()
                .Select(static pair => BitConverter.Int64BitsToDouble(((long)pair.Item1 << 32) | (uint)pair.Item2))
                .Where(static number => Math.Abs(number) <= WireLimits.MaxSafeInteger));
        var leaf = Gen.OneOf(
            Gen.Constant<JsonNode?>(null),
            Gen.Elements(true, false).Select(static b => (JsonNode?)JsonValue.Create(b)),
            Gen.Elements(Texts).Select(static text => (JsonNode?)JsonValue.Create(text)),
            numbers.Select(static number => (JsonNode?)JsonValue.Create(number)));
        if (size <= 1)
        {
            return leaf;
        }

        var child = Gen.Sized(static s => Node(s / 2)).Resize(size);
        var array = Gen.ListOf(child).Select(static items => (JsonNode?)new JsonArray([.. items]));
        var obj = Gen.ListOf(Gen.Zip(Gen.Elements(Names), child))
            .Select(static members => (JsonNode?)new JsonObject(members.DistinctBy(static member => member.Item1).Select(static member => KeyValuePair.Create(member.Item1, member.Item2))));
        return Gen.Frequency((2, leaf), (1, array), (1, obj));
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node, Random? random)
    {
        switch (node)
        {
            case JsonObject obj:
                writer.WriteStartObject();
                var members = obj.ToArray();
                random?.Shuffle(members);
                foreach (var (name, value) in members)
                {
                    writer.WritePropertyName(name);
                    WriteNode(writer, value, random);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteNode(writer, item, random);
                }

                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
