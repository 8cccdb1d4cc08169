using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Lmec.Content.Validation;

namespace Lmec.Content.Json;

/// <summary>
/// One pass of <see cref="Utf8JsonReader"/> over a text, without building a document: strict syntax, depth,
/// and what the reader lets through — invalid UTF-8 and lone surrogates in strings, duplicate members (also
/// when written with escapes), numbers out of range, strings and arrays over their limits. Every problem is
/// collected, up to the first syntax error, after which nothing can be read; that one is told in our own words
/// (<see cref="JsonSyntaxError"/>), from the text and where the scan had got to.
/// </summary>
internal ref struct JsonScan
{
    private readonly ReadOnlySpan<byte> _text;
    private readonly ContentLimits _limits;
    private readonly List<Frame> _frames = [];
    private readonly List<(int Hash, int Offset)> _members = [];
    private byte[]? _buffer;
    private bool _rootDone;
    private JsonTokenType _lastToken;
    private int _lastStart;

    /// <summary>Initialises a pass.</summary>
    /// <param name="text">The text, without its byte order mark.</param>
    /// <param name="limits">The limits.</param>
    public JsonScan(ReadOnlySpan<byte> text, ContentLimits limits)
    {
        _text = text;
        _limits = limits;
    }

    /// <summary>Gets the problems found, in the order of the text, no more than <see cref="ContentLimits.MaxFindings"/>.</summary>
    public List<JsonProblem> Problems { get; } = [];

    /// <summary>Reads the text to its end or to its first syntax error.</summary>
    public void Run()
    {
        var reader = new Utf8JsonReader(_text, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = _limits.MaxDepth + 1,
        });
        try
        {
            while (reader.Read())
            {
                if (!Step(ref reader))
                {
                    return;
                }

                _lastToken = reader.TokenType;
                _lastStart = (int)reader.TokenStartIndex;
            }
        }
        catch (JsonException exception)
        {
            AddSyntaxError(exception);
        }
        finally
        {
            if (_buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = null;
            }
        }
    }

    // A string that is valid UTF-8 but unreadable holds an escaped lone surrogate; one that holds the bytes of a
    // surrogate's code point (ED A0..BF, as CESU-8 writes it and as a .NET string's lone surrogate reaches the
    // scan) holds an encoded one; anything else is bytes that are not UTF-8.
    private static string InvalidUnicodeMessage(ReadOnlySpan<byte> raw)
    {
        if (Utf8.IsValid(raw))
        {
            return "LMEC011.surrogate";
        }

        var rest = raw;
        int at;
        while ((at = rest.IndexOf((byte)0xED)) >= 0 && at + 1 < rest.Length)
        {
            if (rest[at + 1] is >= 0xA0 and <= 0xBF)
            {
                return "LMEC011.surrogate";
            }

            rest = rest[(at + 1)..];
        }

        return "LMEC011.utf8";
    }

    private bool Step(ref Utf8JsonReader reader)
    {
        var frames = CollectionsMarshal.AsSpan(_frames);
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                ref var owner = ref frames[^1];
                owner.NameOffset = (int)reader.TokenStartIndex;
                var name = CheckString(ref reader);
                CheckDuplicate(ref reader, ref owner, name);
                return true;
            case JsonTokenType.EndObject:
                CollectionsMarshal.SetCount(_members, frames[^1].MembersStart);
                _frames.RemoveAt(_frames.Count - 1);
                _rootDone = _frames.Count == 0;
                return true;
            case JsonTokenType.EndArray:
                _frames.RemoveAt(_frames.Count - 1);
                _rootDone = _frames.Count == 0;
                return true;
        }

        if (frames.Length > 0 && frames[^1].IsArray)
        {
            ref var array = ref frames[^1];
            array.Count++;
            if (array.Count > _limits.MaxArrayLength && !array.Reported)
            {
                array.Reported = true;
                Add(ValidationCodes.ArrayTooLong, _frames.Count - 1, (int)reader.TokenStartIndex, ValidationCodes.ArrayTooLong, _limits.MaxArrayLength);
            }
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                if (reader.CurrentDepth >= _limits.MaxDepth)
                {
                    Add(ValidationCodes.NestingTooDeep, _frames.Count, (int)reader.TokenStartIndex, ValidationCodes.NestingTooDeep, _limits.MaxDepth);
                    return false;
                }

                _frames.Add(new Frame { IsArray = reader.TokenType == JsonTokenType.StartArray, Start = (int)reader.TokenStartIndex, NameOffset = -1, MembersStart = _members.Count });
                return true;
            case JsonTokenType.String:
                CheckString(ref reader);
                break;
            case JsonTokenType.Number:
                CheckNumber(ref reader);
                break;
        }

        _rootDone = _frames.Count == 0;
        return true;
    }

    private ReadOnlySpan<byte> CheckString(ref Utf8JsonReader reader)
    {
        var offset = (int)reader.TokenStartIndex;
        if (reader.ValueSpan.Length > _limits.MaxStringLength)
        {
            Add(ValidationCodes.StringTooLong, _frames.Count, offset, ValidationCodes.StringTooLong, reader.ValueSpan.Length, _limits.MaxStringLength);
        }

        if (!JsonTokenCheck.TryGetText(ref reader, ref _buffer, out var text))
        {
            Add(ValidationCodes.InvalidUnicode, _frames.Count, offset, InvalidUnicodeMessage(text));
        }

        return text;
    }

    private void CheckDuplicate(ref Utf8JsonReader reader, ref Frame owner, scoped ReadOnlySpan<byte> name)
    {
        var hash = new HashCode();
        hash.AddBytes(name);
        var code = hash.ToHashCode();
        for (var i = owner.MembersStart; i < _members.Count; i++)
        {
            if (_members[i].Hash == code && SameName(_members[i].Offset, name))
            {
                Add(ValidationCodes.DuplicateMember, _frames.Count, (int)reader.TokenStartIndex, ValidationCodes.DuplicateMember, ValidationMessages.Display(Encoding.UTF8.GetString(name)));
                return;
            }
        }

        _members.Add((code, (int)reader.TokenStartIndex));
    }

    private readonly bool SameName(int offset, scoped ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(_text[offset..]);
        reader.Read();
        try
        {
            return reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException)
        {
            // The earlier name cannot be unescaped (it holds an escaped lone surrogate), so it was kept as written,
            // as a later one like it is: compare them as written.
            return reader.ValueSpan.SequenceEqual(name);
        }
    }

    private void CheckNumber(ref Utf8JsonReader reader)
    {
        if (!JsonTokenCheck.IsNumberInRange(ref reader))
        {
            Add(ValidationCodes.NumberOutOfRange, _frames.Count, (int)reader.TokenStartIndex, ValidationCodes.NumberOutOfRange, ValidationMessages.Display(Encoding.UTF8.GetString(reader.ValueSpan)));
        }
    }

    // The exception gives only where the reader failed: its text is the parser's English, which no translation can show.
    private void AddSyntaxError(JsonException exception)
    {
        var failure = OffsetOf(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
        var opens = new int[_frames.Count];
        for (var i = 0; i < opens.Length; i++)
        {
            opens[i] = _frames[i].Start;
        }

        var error = JsonSyntaxError.Describe(_text, failure, _lastToken, _lastStart, opens, _rootDone);
        Add(error.Code, _frames.Count, error.Offset, error.MessageKey, error.Arguments);
    }

    private readonly int OffsetOf(long line, long bytePositionInLine)
    {
        var offset = 0;
        for (var seen = 0L; seen < line && offset < _text.Length; offset++)
        {
            if (_text[offset] == (byte)'\n')
            {
                seen++;
            }
        }

        return (int)Math.Min(offset + bytePositionInLine, _text.Length);
    }

    private readonly void Add(string code, int depth, int offset, string messageKey, params object?[] arguments)
    {
        // Past the limit of findings a problem is dropped before its pointer is built; the report says the limit was reached.
        if (Problems.Count < _limits.MaxFindings)
        {
            Problems.Add(new JsonProblem(code, Pointer(depth), offset, messageKey, arguments));
        }
    }

    private readonly string Pointer(int depth)
    {
        var pointer = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            var frame = _frames[i];
            if (frame.IsArray)
            {
                pointer.Append('/').Append(frame.Count - 1);
            }
            else if (frame.NameOffset >= 0)
            {
                pointer.Append('/').Append(JsonPointer.Escape(NameAt(frame.NameOffset)));
            }
        }

        return pointer.ToString();
    }

    private readonly string NameAt(int offset)
    {
        var reader = new Utf8JsonReader(_text[offset..]);
        reader.Read();
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    /// <summary>An open object or array.</summary>
    private struct Frame
    {
        public bool IsArray;
        public int Start;
        public int Count;
        public int NameOffset;
        public int MembersStart;
        public bool Reported;
    }
}
