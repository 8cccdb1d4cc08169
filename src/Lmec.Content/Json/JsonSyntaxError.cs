using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Lmec.Content.Validation;

namespace Lmec.Content.Json;

/// <summary>
/// Why a text stopped being JSON, said in the catalogue's words (<c>LMEC020</c> and its variants) with values as
/// their arguments (a character, a member name, a line and column), never the parser's own text, which no
/// translation could show. It is worked out from the text and from where the scan had got to: the last token it
/// read and the objects and arrays still open.
/// </summary>
/// <remarks>
/// Where a finding stands: at the character that cannot be read there (a typographic quote, an unquoted name, a
/// wrong closing bracket, a number that is not one); at the opening quote of a string that is not closed; at the
/// last character of the value or member name after which a comma or colon is missing, where it is to be written;
/// at the comma before a closing bracket; just after the last character of a document that ends too early.
/// </remarks>
/// <param name="Offset">The byte offset the finding stands at.</param>
/// <param name="MessageKey">The message key.</param>
/// <param name="Arguments">The message's values.</param>
internal readonly record struct JsonSyntaxError(int Offset, string MessageKey, object?[] Arguments)
{
    /// <summary>Gets the code: digits of another script where a number belongs have a code of their own, every other failure is one of syntax.</summary>
    internal string Code => MessageKey.StartsWith(ValidationCodes.NonAsciiDigits, StringComparison.Ordinal) ? ValidationCodes.NonAsciiDigits : ValidationCodes.InvalidSyntax;

    private const int ShownBytes = 4 * 81;

    private static ReadOnlySpan<byte> Spaces => " \t\r\n"u8;

    // What ends a member name written without quotes.
    private static ReadOnlySpan<byte> NameEnds => " \t\r\n{}[],:\"'"u8;

    // What ends a value written without quotes: text runs on, spaces and colons included, to the end of its line or
    // to what could end a value.
    private static ReadOnlySpan<byte> ValueEnds => "\r\n{}[],\"'"u8;

    /// <summary>Describes why a scan stopped.</summary>
    /// <param name="text">The text.</param>
    /// <param name="failure">The byte offset at which the reader failed.</param>
    /// <param name="last">The type of the last token read whole; <see cref="JsonTokenType.None"/> when there is none.</param>
    /// <param name="lastStart">The byte offset that token starts at.</param>
    /// <param name="opens">The byte offsets of the objects and arrays still open, the innermost last.</param>
    /// <param name="rootDone">Whether the root value was read whole.</param>
    /// <returns>The finding's place, message key and values.</returns>
    internal static JsonSyntaxError Describe(ReadOnlySpan<byte> text, int failure, JsonTokenType last, int lastStart, ReadOnlySpan<int> opens, bool rootDone)
    {
        var lastEnd = last == JsonTokenType.None ? 0 : TokenEnd(text, last, lastStart);

        // The reader takes a literal without looking at what follows it: one that runs on as a word or a number does
        // (true0, nullx, false-1) is not that literal but a value written wrong, and is told as a value from its start.
        if (last is JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null && NumberLength(text, lastEnd) > 0)
        {
            return ValueAndAfter(text, lastStart, failure, opens, member: null);
        }

        var next = Skip(text, lastEnd);
        if (rootDone)
        {
            return new(next, "LMEC020.trailingContent", []);
        }

        return last switch
        {
            JsonTokenType.None or JsonTokenType.StartArray => ValueAndAfter(text, next, failure, opens, member: null),
            JsonTokenType.StartObject => Name(text, next, failure, opens, comma: -1),

            // The reader gives a member's name only once it has read the colon after it.
            JsonTokenType.PropertyName => ValueAndAfter(text, Skip(text, next + 1), failure, opens, member: Raw(text, lastStart + 1, lastEnd - 1)),
            _ => AfterValue(text, lastStart, lastEnd, failure, opens, isString: last == JsonTokenType.String),
        };
    }

    // A value, and when it is read whole, what follows it.
    private static JsonSyntaxError ValueAndAfter(ReadOnlySpan<byte> text, int at, int failure, ReadOnlySpan<int> opens, string? member) =>
        Value(text, at, failure, opens, comma: -1, member, out var end) ?? AfterValue(text, at, end, failure, opens, isString: false);

    // What is wrong with the value at `at`; null when it is a number or a literal read whole, which ends at `end`.
    private static JsonSyntaxError? Value(ReadOnlySpan<byte> text, int at, int failure, ReadOnlySpan<int> opens, int comma, string? member, out int end)
    {
        end = at;
        if (at >= text.Length)
        {
            return EndOfInput(text, opens);
        }

        switch (text[at])
        {
            case (byte)'"':
                return String(text, at, failure, opens, isName: false);
            case (byte)'}' or (byte)']' when comma >= 0:
                return new(comma, "LMEC020.trailingComma", []);
            case (byte)'}' or (byte)']' or (byte)',' when member is not null:
                return new(at, "LMEC020.missingValue", [member]);
            case (byte)',' when !opens.IsEmpty:
                return new(at, "LMEC020.missingElement", []);
            case (byte)'}' or (byte)']' when !opens.IsEmpty:
                return WrongCloser(text, at, opens);
            case (byte)'\'':
                return new(at, "LMEC020.singleQuote", []);
            case (byte)'/':
                return new(at, "LMEC020.comment", []);
            case (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'+' or (byte)'.':
                return Number(text, at, opens, out end);
        }

        if (QuoteMark(text, at, out _) != 0)
        {
            return CurlyQuote(text, at);
        }

        if (char.IsAsciiLetter((char)text[at]) || StartsWithLetter(text, at))
        {
            var word = Word(text, at, ValueEnds);
            var written = Text(word.TrimEnd(" \t"u8));
            if (IsNonFinite(written))
            {
                return new(at, "LMEC020.nonFinite", []);
            }

            if (written is "true" or "false" or "null")
            {
                end = at + word.Length;
                return null;
            }

            return at + word.Length >= text.Length && !opens.IsEmpty
                ? EndOfInput(text, opens)
                : new(at, "LMEC020.unquotedValue", [ValidationMessages.Display(written)]);
        }

        if (Rune.DecodeFromUtf8(text[at..], out var rune, out _) == OperationStatus.Done && Rune.IsDigit(rune))
        {
            var written = Text(Word(text, at, ValueEnds).TrimEnd(" \t"u8));
            return new(at, "LMEC222.number", [ValidationMessages.Display(written), ValidationMessages.Display(ValidationMessages.WithAsciiDigits(written))]);
        }

        return Unexpected("LMEC020.expectedValue", text, at);
    }

    // What is wrong with the number at `at`; null when it is one, which ends at `end`.
    private static JsonSyntaxError? Number(ReadOnlySpan<byte> text, int at, ReadOnlySpan<int> opens, out int end)
    {
        var length = NumberLength(text, at);
        end = at + length;
        var written = Text(text.Slice(at, length));
        if (IsNonFinite(written))
        {
            return new(at, "LMEC020.nonFinite", []);
        }

        var digits = written.TrimStart('-');
        if (digits.Length > 1 && digits[0] == '0' && char.IsAsciiDigit(digits[1]))
        {
            return new(at, "LMEC020.leadingZero", []);
        }

        if (IsJsonNumber(text.Slice(at, length)))
        {
            return null;
        }

        return end >= text.Length && !opens.IsEmpty
            ? EndOfInput(text, opens)
            : new(at, "LMEC020.number", [written]);
    }

    private static JsonSyntaxError Name(ReadOnlySpan<byte> text, int at, int failure, ReadOnlySpan<int> opens, int comma)
    {
        if (at >= text.Length)
        {
            return EndOfInput(text, opens);
        }

        switch (text[at])
        {
            case (byte)'"':
                return String(text, at, failure, opens, isName: true);
            case (byte)'}' or (byte)']' when comma >= 0:
                return new(comma, "LMEC020.trailingComma", []);
            case (byte)']':
                return WrongCloser(text, at, opens);
            case (byte)'\'':
                return new(at, "LMEC020.singleQuote", []);
            case (byte)'/':
                return new(at, "LMEC020.comment", []);
        }

        if (QuoteMark(text, at, out _) != 0)
        {
            return CurlyQuote(text, at);
        }

        if (char.IsAsciiLetterOrDigit((char)text[at]) || text[at] is (byte)'_' or (byte)'$' || StartsWithLetter(text, at))
        {
            var word = Word(text, at, NameEnds);
            return at + word.Length >= text.Length
                ? EndOfInput(text, opens)
                : new(at, "LMEC020.unquotedName", [ValidationMessages.Display(Text(word))]);
        }

        return Unexpected("LMEC020.expectedName", text, at);
    }

    private static JsonSyntaxError AfterValue(ReadOnlySpan<byte> text, int valueStart, int valueEnd, int failure, ReadOnlySpan<int> opens, bool isString)
    {
        var at = Skip(text, valueEnd);

        // The items of an array read whole, one after another, are gone through in a loop: however many there are,
        // the stack is no deeper than for one.
        while (!opens.IsEmpty && text[opens[^1]] == (byte)'[' && at < text.Length && text[at] == (byte)',')
        {
            var next = Skip(text, at + 1);
            if (Value(text, next, failure, opens, comma: at, member: null, out valueEnd) is { } error)
            {
                return error;
            }

            valueStart = next;
            isString = false;
            at = Skip(text, valueEnd);
        }

        if (opens.IsEmpty)
        {
            return new(at, "LMEC020.trailingContent", []);
        }

        if (at >= text.Length)
        {
            return EndOfInput(text, opens);
        }

        if (text[at] == (byte)',')
        {
            return Name(text, Skip(text, at + 1), failure, opens, comma: at);
        }

        if (isString && CurlyCloser(text, valueStart + 1, valueEnd - 1) is var mark and >= 0)
        {
            return CurlyQuote(text, mark);
        }

        if (isString && EndsAsSeparator(text, valueStart + 1, valueEnd - 1))
        {
            return Unclosed(text, valueStart);
        }

        if (text[at] is (byte)'}' or (byte)']')
        {
            return WrongCloser(text, at, opens);
        }

        if (text[at] == (byte)'/')
        {
            return new(at, "LMEC020.comment", []);
        }

        if (StartsValue(text, at))
        {
            var end = Position(text, valueEnd - 1);
            return new(valueEnd - 1, "LMEC020.missingComma", [end.Line, end.Column]);
        }

        return Unexpected("LMEC020.expectedSeparator", text, at, (char)Closer(text[opens[^1]]));
    }

    // The reader failed in the string that opens at `at`, or, when it is a member name read whole, after it.
    private static JsonSyntaxError String(ReadOnlySpan<byte> text, int at, int failure, ReadOnlySpan<int> opens, bool isName)
    {
        var close = ClosingQuote(text, at);
        if (isName && close >= 0 && close < failure)
        {
            var after = Skip(text, close + 1);
            if (after >= text.Length)
            {
                return EndOfInput(text, opens);
            }

            if (CurlyCloser(text, at + 1, close) is var nameMark and >= 0)
            {
                return CurlyQuote(text, nameMark);
            }

            if (EndsAsSeparator(text, at + 1, close))
            {
                return Unclosed(text, at);
            }

            var end = Position(text, close);
            return new(close, "LMEC020.missingColon", [Raw(text, at + 1, close), end.Line, end.Column]);
        }

        var stop = Math.Min(failure, text.Length);
        if (CurlyCloser(text, at + 1, stop) is var mark and >= 0)
        {
            return CurlyQuote(text, mark);
        }

        if (failure >= text.Length)
        {
            return Unclosed(text, at);
        }

        var found = text[failure];
        if (found is (byte)'\n' or (byte)'\r')
        {
            // A line break typed into a string that then ends as a value ends is one to escape; otherwise the string
            // was never closed, and its closing quote, if any, is the opening quote of what follows.
            var next = close < 0 ? -1 : Skip(text, close + 1);
            return next >= 0 && (next >= text.Length || text[next] is (byte)',' or (byte)':' or (byte)'}' or (byte)']')
                ? new(failure, "LMEC020.controlCharacter", [ValidationMessages.CodePoint(found)])
                : Unclosed(text, at);
        }

        if (found < 0x20)
        {
            return new(failure, "LMEC020.controlCharacter", [ValidationMessages.CodePoint(found)]);
        }

        // What else stops the reader inside a string is an escape it does not know, such as \p or \u12G4, shown
        // from its backslash to the character that is wrong.
        var backslash = at + 1 + text[(at + 1)..failure].LastIndexOf((byte)'\\');
        return new(backslash, "LMEC020.escape", [ValidationMessages.Display(Text(text[backslash..(failure + 1)]))]);
    }

    private static JsonSyntaxError Unclosed(ReadOnlySpan<byte> text, int at)
    {
        var start = Position(text, at);
        return new(at, "LMEC020.unclosedString", [start.Line, start.Column]);
    }

    private static JsonSyntaxError EndOfInput(ReadOnlySpan<byte> text, ReadOnlySpan<int> opens)
    {
        var closers = new StringBuilder(opens.Length);
        for (var i = opens.Length - 1; i >= 0; i--)
        {
            closers.Append((char)Closer(text[opens[i]]));
        }

        var open = Position(text, opens[^1]);
        return new(text.TrimEnd(Spaces).Length, "LMEC020.endOfInput", [(char)text[opens[^1]], open.Line, open.Column, closers.ToString()]);
    }

    private static JsonSyntaxError WrongCloser(ReadOnlySpan<byte> text, int at, ReadOnlySpan<int> opens)
    {
        var open = Position(text, opens[^1]);
        return new(at, "LMEC020.wrongCloser", [(char)text[at], (char)text[opens[^1]], open.Line, open.Column, (char)Closer(text[opens[^1]])]);
    }

    private static JsonSyntaxError CurlyQuote(ReadOnlySpan<byte> text, int at)
    {
        Rune.DecodeFromUtf8(text[at..], out var mark, out _);
        return new(at, "LMEC020.curlyQuote", [mark.ToString(), ValidationMessages.CodePoint(mark.Value)]);
    }

    // Names the character found where something else was expected, by itself and by its code point, so that one
    // that cannot be seen (a no-break space) or told apart (a full-width comma) is named all the same.
    private static JsonSyntaxError Unexpected(string key, ReadOnlySpan<byte> text, int at, params object?[] more)
    {
        var named = Rune.DecodeFromUtf8(text[at..], out var found, out _) == System.Buffers.OperationStatus.Done
            ? new object?[] { ValidationMessages.Display(found.ToString()), ValidationMessages.CodePoint(found.Value) }
            : [string.Create(CultureInfo.InvariantCulture, $"\\x{text[at]:X2}"), string.Create(CultureInfo.InvariantCulture, $"0x{text[at]:X2}")];
        return new(at, key, [.. named, .. more]);
    }

    // Where the token the reader read ends.
    private static int TokenEnd(ReadOnlySpan<byte> text, JsonTokenType token, int start) => token switch
    {
        JsonTokenType.String or JsonTokenType.PropertyName => ClosingQuote(text, start) + 1,
        JsonTokenType.Number => start + NumberLength(text, start),
        JsonTokenType.True => start + "true"u8.Length,
        JsonTokenType.False => start + "false"u8.Length,
        JsonTokenType.Null => start + "null"u8.Length,
        _ => start + 1,
    };

    // The closing quote of the string that opens at `at`, or -1 when there is none; a raw line break does not end the search.
    private static int ClosingQuote(ReadOnlySpan<byte> text, int at)
    {
        for (var i = at + 1; i < text.Length; i++)
        {
            if (text[i] == (byte)'\\')
            {
                i++;
            }
            else if (text[i] == (byte)'"')
            {
                return i;
            }
        }

        return -1;
    }

    // A quotation mark other than " inside a string, followed by what follows the end of a value or name: the string
    // was opened with a straight quote and meant to be closed with this one. Its offset, or -1.
    private static int CurlyCloser(ReadOnlySpan<byte> text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (QuoteMark(text, i, out var length) is 0x201C or 0x201D or 0x201E or 0x201F or 0x2033 or 0xAB or 0xBB or 0xFF02)
            {
                var next = Skip(text, i + length);
                if (next < to && text[next] is (byte)',' or (byte)':' or (byte)'}' or (byte)']')
                {
                    return i;
                }
            }
        }

        return -1;
    }

    // A string whose text ends in a comma or colon, such as "x, " or "title: ": its closing quote was meant to open
    // what follows, so the string itself was never closed.
    private static bool EndsAsSeparator(ReadOnlySpan<byte> text, int from, int to) =>
        text[from..to].TrimEnd(Spaces) is [.., (byte)',' or (byte)':'];

    // The code point of a quotation mark other than the straight ones at `at`, or 0: the marks word processors and
    // keyboards put in for " and ', which JSON does not read as quotes.
    private static int QuoteMark(ReadOnlySpan<byte> text, int at, out int length)
    {
        var status = Rune.DecodeFromUtf8(text[at..], out var rune, out length);
        return status == System.Buffers.OperationStatus.Done && rune.Value is
            0x201C or 0x201D or 0x201E or 0x201F or 0x2033 or 0xAB or 0xBB or 0xFF02 or
            0x2018 or 0x2019 or 0x201A or 0x201B or 0x2039 or 0x203A or 0xFF07
            ? rune.Value
            : 0;
    }

    private static bool StartsWithLetter(ReadOnlySpan<byte> text, int at) =>
        Rune.DecodeFromUtf8(text[at..], out var rune, out _) == System.Buffers.OperationStatus.Done && Rune.IsLetter(rune);

    private static bool StartsValue(ReadOnlySpan<byte> text, int at) =>
        char.IsAsciiLetterOrDigit((char)text[at]) || text[at] is (byte)'"' or (byte)'\'' or (byte)'{' or (byte)'[' or (byte)'-' || QuoteMark(text, at, out _) != 0;

    private static bool IsNonFinite(string written) =>
        written.TrimStart('-', '+').ToUpperInvariant() is "NAN" or "INFINITY" or "INF";

    private static bool IsJsonNumber(ReadOnlySpan<byte> written)
    {
        var reader = new Utf8JsonReader(written);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.BytesConsumed == written.Length;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static int NumberLength(ReadOnlySpan<byte> text, int at)
    {
        var end = at;
        while (end < text.Length && (char.IsAsciiLetterOrDigit((char)text[end]) || text[end] is (byte)'.' or (byte)'+' or (byte)'-'))
        {
            end++;
        }

        return end - at;
    }

    private static ReadOnlySpan<byte> Word(ReadOnlySpan<byte> text, int at, ReadOnlySpan<byte> ends)
    {
        var end = at;
        while (end < text.Length && !ends.Contains(text[end]) && (end == at || QuoteMark(text, end, out _) == 0))
        {
            end++;
        }

        return text[at..end];
    }

    private static string Raw(ReadOnlySpan<byte> text, int from, int to) => ValidationMessages.Display(Text(text[from..to]));

    // The text of a token as far as a message can show it (ValidationMessages.Display shows 80 characters, at most
    // four bytes each, and marks a longer one): a long token is not decoded whole to show its start.
    private static string Text(ReadOnlySpan<byte> token) => Encoding.UTF8.GetString(token[..Math.Min(token.Length, ShownBytes)]);

    private static byte Closer(byte open) => open == (byte)'[' ? (byte)']' : (byte)'}';

    private static int Skip(ReadOnlySpan<byte> text, int at)
    {
        var skipped = text[Math.Min(at, text.Length)..].IndexOfAnyExcept(Spaces);
        return skipped < 0 ? text.Length : at + skipped;
    }

    private static SourcePosition Position(ReadOnlySpan<byte> text, int offset) => JsonSourceMap.ToPositions(text, [offset])[offset];
}
