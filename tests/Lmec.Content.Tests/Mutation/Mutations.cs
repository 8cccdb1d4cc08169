using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Mutation;

/// <summary>
/// Generates mutations of a document: of its bytes (set, insert, delete, duplicate, truncate), of its
/// characters (control characters, lone surrogates, invisible and bidirectional characters, JSON's own
/// punctuation) and of its structure (drop, duplicate, swap or rename members; change a value's type; add
/// unknown members; nest deeply; huge numbers and strings), and edits that often leave a document valid,
/// so that the laws of valid documents are tried too (members moved, strings escaped or given odd characters). Where a mutation lands is drawn as a number
/// and taken modulo what the input offers, so the same mutation does the same to the same input.
/// </summary>
internal static class Mutations
{
    private const string Marker = "\u0001mutation\u0001";

    private static readonly byte[][] Bytes =
    [
        [0x00], [0x1F], [0x7F], [0x80], [0xC0, 0xAF], [0xC3], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xEF, 0xBB, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xFE], [0xFF], [0xFF, 0xFE], [0x00, 0x00, 0xFE, 0xFF], [(byte)'"'], [(byte)'\\'],
    ];

    private static readonly string[] Texts =
    [
        "\u0000", "\u0007", "\u001F", "\u007F", "\u0085", "\u00AD", "\u200B", "\u200D", "\u202A", "\u202E", "\u2066", "\u2069",
        "\u2028", "\uFEFF", "\uFDD0", "\uFFFE", "\uFFFF", "\U0001FFFE", "\U0001F33F", "澜沧江", "٦", "\\ud800", "\\udc00",
        "\\udc00\\ud800", "\\ud800\\udc00", "\\u0000", "\\u202e", "\\", "\\x", "\"", "'", "{", "}", "[", "]", ",", ":", "//", "/*",
        " ", "\t", "\n", "\r\n", "NaN", "Infinity", "1e400", "-0", "0", "00", "9007199254740993", "true", "null",
        "<script>", "&amp;", "javascript:", "file:", "T", "Z", "+08:00", "-",
    ];

    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-0", "-1", "1.5", "1E+2", "6.0", "2147483648", "9007199254740991", "9007199254740992",
        "9223372036854775808", "123456789012345678901234567890", "1e400", "-1e400", "4.9e-324", "\"\"", "\" \"", "\"x\"",
        "\"X\"", "\"\\u0000\"", "\"\\ud800\"", "\"a\\nb\"", "\"liu-qing\"", "\"lmec\"", "\"en\"", "\"2023-02-30\"", "\"2023-13-01\"",
        "\"2023-06-25\"", "\"2023-05-10T09:30:00\"", "\"2023-05-10T09:30:00+08:00\"", "\"2016-12-31T23:59:60Z\"",
        "\"javascript:alert(1)\"", "\"http://en.lmec.org.cn/\"", "\"<b>x</b>\"", "\"keynote\"", "\"newsletterIssue\"", "[]",
        "[null]", "[1,2]", "[\"a\",\"a\"]", "{}", "{\"en\":\"x\"}", "{\"en\":null}", "{\"EN\":\"x\",\"en\":\"y\"}",
    ];

    private static readonly string[] Names = ["zz", "$type", "$id", "$schema", "kind", "id", "en", "", "\u0000", "a/b~c"];

    // Declared before the generators that draw from it: static initializers run in the order written.
    private static readonly Gen<int> Pick = Gen.Choose(0, int.MaxValue);

    /// <summary>Gets any mutation: one of the byte, character and structural kinds.</summary>
    public static Gen<Mutation> Any { get; } = Gen.Frequency(
        (2, ByteLevel()),
        (3, CharacterLevel()),
        (6, Structural()),
        (5, Benign()));

    private static Gen<Mutation> ByteLevel() => Gen.OneOf(
        from at in Pick
        from value in Gen.Choose(0, 255)
        select new Mutation($"set byte #{at} to 0x{value:X2}", bytes => Edit(bytes, at, 1, [(byte)value])),
        from at in Pick
        from inserted in Gen.Elements(Bytes)
        select new Mutation($"insert bytes {Convert.ToHexString(inserted)} at #{at}", bytes => Edit(bytes, at, 0, inserted)),
        from at in Pick
        from count in Gen.Choose(1, 64)
        select new Mutation($"delete {count} bytes at #{at}", bytes => Edit(bytes, at, count, [])),
        from at in Pick
        from count in Gen.Choose(1, 64)
        select new Mutation($"duplicate {count} bytes at #{at}", bytes => Duplicate(bytes, at, count)),
        from at in Pick
        select new Mutation($"truncate at #{at}", bytes => bytes.Length == 0 ? bytes : bytes[..(at % bytes.Length)]));

    private static Gen<Mutation> CharacterLevel() => Gen.OneOf(
        from at in Pick
        from text in Gen.Elements(Texts)
        select new Mutation($"insert '{Visible(text)}' at character #{at}", bytes => Edit(bytes, CharacterStart(bytes, at), 0, Encoding.UTF8.GetBytes(text))),
        from at in Pick
        from text in Gen.Elements(Texts)
        select new Mutation($"replace character #{at} with '{Visible(text)}'", bytes =>
        {
            var start = CharacterStart(bytes, at);
            return Edit(bytes, start, CharacterLength(bytes, start), Encoding.UTF8.GetBytes(text));
        }));

    private static Gen<Mutation> Structural() => Gen.OneOf(
        Pick.Select(at => OnSlot($"drop member #{at}", at, MemberSlots, slot => slot.Parent.AsObject().Remove(slot.Key!))),
        from at in Pick
        from escaped in Gen.Elements(false, true)
        select OnTree($"duplicate member #{at}{(escaped ? " with an escaped name" : string.Empty)}", root => DuplicateMember(root, at, escaped)),
        Pick.Select(at => OnSlot($"swap member #{at} with its neighbour", at, MemberSlots, SwapWithNext)),
        Pick.Select(at => OnSlot($"swap element #{at} with its neighbour", at, ElementSlots, SwapWithNext)),
        Pick.Select(at => OnSlot($"drop element #{at}", at, ElementSlots, slot => slot.Parent.AsArray().RemoveAt(slot.Index))),
        from at in Pick
        from value in Gen.Elements(Values)
        select OnTree($"set value #{at} to {value}", root => Replace(root, at, value)),
        from at in Pick
        from name in Gen.Elements(Names)
        select OnSlot($"add member '{Visible(name)}' beside member #{at}", at, MemberSlots, slot => slot.Parent.AsObject()[name] = 1),
        Pick.Select(at => OnSlot($"rename member #{at} to another case", at, MemberSlots, RenameToOtherCase)),
        from at in Pick
        from depth in Gen.Frequency((4, Gen.Choose(2, 80)), (1, Gen.Constant(100_000)))
        select OnTree($"nest value #{at} {depth} deep", root => Replace(root, at, new string('[', depth) + new string(']', depth))),
        from at in Pick
        from length in Gen.Elements(1_000, new ContentLimits().MaxStringLength + 1)
        select OnTree($"set value #{at} to a string of {length} characters", root => Replace(root, at, "\"" + new string('x', length) + "\"")),
        from at in Pick
        from count in Gen.Elements(1_000, new ContentLimits().MaxArrayLength + 1)
        select OnTree($"set value #{at} to an array of {count} elements", root => Replace(root, at, "[" + string.Join(',', Enumerable.Repeat('0', count)) + "]")));

    private static Gen<Mutation> Benign() => Gen.OneOf(
        Pick.Select(at => OnSlot($"move member #{at} first", at, MemberSlots, MoveFirst)),
        from at in Pick
        from position in Pick
        from text in Gen.Elements([.. Texts, "\ud800", "\udfff"])
        select OnSlot($"insert '{Visible(text)}' into string #{at} at #{position}", at, StringSlots, slot =>
        {
            var value = slot.Node!.GetValue<string>();
            var index = position % (value.Length + 1);
            Set(slot, JsonValue.Create(value[..index] + text + value[index..]));
        }),
        Pick.Select(at => OnTree($"escape every character of string #{at}", root =>
        {
            var candidates = StringSlots(root);
            if (candidates.Count == 0)
            {
                return null;
            }

            var slot = candidates[at % candidates.Count];
            var escaped = "\"" + string.Concat(slot.Node!.GetValue<string>().Select(static c => $"\\u{(int)c:x4}")) + "\"";
            Set(slot, JsonValue.Create(Marker));
            return Splice(root, escaped);
        })));

    // Byte and character edits.
    private static byte[] Edit(byte[] bytes, int at, int removed, byte[] inserted)
    {
        var start = bytes.Length == 0 ? 0 : at % (bytes.Length + 1);
        var end = Math.Min(bytes.Length, start + removed);
        return [.. bytes.AsSpan(0, start), .. inserted, .. bytes.AsSpan(end)];
    }

    private static byte[] Duplicate(byte[] bytes, int at, int count)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var start = at % bytes.Length;
        return Edit(bytes, start, 0, bytes[start..Math.Min(bytes.Length, start + count)]);
    }

    private static int CharacterStart(byte[] bytes, int at)
    {
        var start = bytes.Length == 0 ? 0 : at % (bytes.Length + 1);
        while (start < bytes.Length && (bytes[start] & 0xC0) == 0x80)
        {
            start++;
        }

        return start;
    }

    private static int CharacterLength(byte[] bytes, int start)
    {
        var end = Math.Min(bytes.Length, start + 1);
        while (end < bytes.Length && (bytes[end] & 0xC0) == 0x80)
        {
            end++;
        }

        return end - start;
    }

    private static string Visible(string text) => string.Concat(text.Select(static c => c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString()));

    // Structural edits: the input is parsed, changed and written again; input that does not parse is left as it is.
    private static Mutation OnTree(string description, Func<JsonNode, string?> edit) => new(description, bytes =>
    {
        try
        {
            return JsonNode.Parse(bytes) is { } root && edit(root) is { } written ? Encoding.UTF8.GetBytes(written) : bytes;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            return bytes;
        }
    });

    private static Mutation OnSlot(string description, int at, Func<JsonNode, List<Slot>> slots, Action<Slot> edit) =>
        OnTree(description, root =>
        {
            var candidates = slots(root);
            if (candidates.Count == 0)
            {
                return null;
            }

            edit(candidates[at % candidates.Count]);
            return root.ToJsonString();
        });

    private static string? Replace(JsonNode root, int at, string rawJson)
    {
        var candidates = AllSlots(root);
        if (candidates.Count == 0)
        {
            return rawJson;
        }

        var slot = candidates[at % candidates.Count];
        Set(slot, JsonValue.Create(Marker));
        return Splice(root, rawJson);
    }

    private static string? DuplicateMember(JsonNode root, int at, bool escaped)
    {
        var candidates = MemberSlots(root);
        if (candidates.Count == 0)
        {
            return null;
        }

        var slot = candidates[at % candidates.Count];
        var owner = slot.Parent.AsObject();
        owner.Insert(owner.IndexOf(slot.Key!) + 1, Marker, slot.Node?.DeepClone());
        var name = escaped && slot.Key!.Length > 0 && slot.Key[0] < 0x80
            ? $"\\u{(int)slot.Key[0]:x4}{JsonEncodedText.Encode(slot.Key[1..])}"
            : JsonEncodedText.Encode(slot.Key!).ToString();
        return root.ToJsonString().Replace(JsonSerializer.Serialize(Marker), "\"" + name + "\"", StringComparison.Ordinal);
    }

    private static void SwapWithNext(Slot slot)
    {
        if (slot.Parent is JsonArray array)
        {
            if (slot.Index + 1 < array.Count)
            {
                var next = array[slot.Index + 1];
                array[slot.Index + 1] = null;
                var node = array[slot.Index];
                array[slot.Index] = next;
                array[slot.Index + 1] = node;
            }

            return;
        }

        var owner = slot.Parent.AsObject();
        var index = owner.IndexOf(slot.Key!);
        if (index + 1 < owner.Count)
        {
            var nextKey = owner.GetAt(index + 1).Key;
            var value = owner[slot.Key!];
            var nextValue = owner[nextKey];
            owner[slot.Key!] = null;
            owner[nextKey] = null;
            owner[slot.Key!] = nextValue;
            owner[nextKey] = value;
        }
    }

    private static void MoveFirst(Slot slot)
    {
        var owner = slot.Parent.AsObject();
        var value = owner[slot.Key!];
        owner.Remove(slot.Key!);
        owner.Insert(0, slot.Key!, value);
    }

    private static void RenameToOtherCase(Slot slot)
    {
        var key = slot.Key!;
        var renamed = key.Length > 0 && char.IsLower(key[0]) ? char.ToUpperInvariant(key[0]) + key[1..] : key.ToLowerInvariant();
        var owner = slot.Parent.AsObject();
        if (renamed != key && !owner.ContainsKey(renamed))
        {
            var index = owner.IndexOf(key);
            var value = owner[key];
            owner.Remove(key);
            owner.Insert(index, renamed, value);
        }
    }

    private static string Splice(JsonNode root, string rawJson) =>
        root.ToJsonString().Replace(JsonSerializer.Serialize(Marker), rawJson, StringComparison.Ordinal);

    private static void Set(Slot slot, JsonNode? value)
    {
        if (slot.Parent is JsonArray array)
        {
            array[slot.Index] = value;
        }
        else
        {
            slot.Parent.AsObject()[slot.Key!] = value;
        }
    }

    private static List<Slot> MemberSlots(JsonNode root) => [.. AllSlots(root).Where(static slot => slot.Key is not null)];

    private static List<Slot> StringSlots(JsonNode root) => [.. AllSlots(root).Where(static slot => slot.Node?.GetValueKind() == JsonValueKind.String)];

    private static List<Slot> ElementSlots(JsonNode root) => [.. AllSlots(root).Where(static slot => slot.Key is null)];

    private static List<Slot> AllSlots(JsonNode root)
    {
        var slots = new List<Slot>();
        Collect(root, slots);
        return slots;
    }

    private static void Collect(JsonNode? node, List<Slot> slots)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var member in members.ToList())
                {
                    slots.Add(new Slot(members, member.Key, -1, member.Value));
                    Collect(member.Value, slots);
                }

                break;
            case JsonArray elements:
                for (var index = 0; index < elements.Count; index++)
                {
                    slots.Add(new Slot(elements, null, index, elements[index]));
                    Collect(elements[index], slots);
                }

                break;
        }
    }

    /// <summary>A place in a document's tree: a member of an object, or an element of an array.</summary>
    private sealed record Slot(JsonNode Parent, string? Key, int Index, JsonNode? Node);
}
