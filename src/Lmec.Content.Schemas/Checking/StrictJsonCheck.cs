using System.Buffers;
using System.Text;
using System.Text.Json;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Checking;

/// <summary>
/// The checks a text must pass before NJsonSchema may see it, which reads through Newtonsoft.Json and
/// accepts comments, <c>NaN</c>, duplicate members and lone surrogates, and crashes on integers beyond
/// <see cref="long"/>: size and depth limits, UTF-8, strict RFC 8259 syntax, distinct member names,
/// Unicode strings, and numbers every parser reads alike. Every finding is collected, up to the first
/// syntax error, after which nothing can be read.
/// </summary>
internal static class StrictJsonCheck
{
    // Beyond ±(2^53 − 1) a number loses precision in JavaScript and most JSON parsers (RFC 7493).
    private const double MaxSafeInteger = 9007199254740991;

    /// <summary>Checks a document.</summary>
    /// <param name="document">The document's bytes, possibly after a UTF-8 byte order mark.</param>
    /// <param name="options">The limits.</param>
    /// <param name="chinese">Whether to write messages in Chinese.</param>
    /// <param name="start">The length of the byte order mark skipped: where the JSON text starts.</param>
    /// <returns>The findings, with positions in the text after the byte order mark; empty when the text may go on to the schema.</returns>
    internal static List<ValidationError> Check(ReadOnlySpan<byte> document, SchemaValidatorOptions options, bool chinese, out int start)
    {
        start = document.StartsWith("\uFEFF"u8) ? 3 : 0;
        var text = document[start..];
        var errors = new List<ValidationError>();
        if (document.Length > options.MaxDocumentBytes)
        {
            errors.Add(Error(SchemaErrorCodes.DocumentTooLarge, JsonPointer.Root, [], 0, Messages.Format(SchemaErrorCodes.DocumentTooLarge, chinese, document.Length, options.MaxDocumentBytes)));
        }
        else if (document.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || document.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || document.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            errors.Add(Error(SchemaErrorCodes.InvalidEncoding, JsonPointer.Root, [], 0, Messages.Format(SchemaErrorCodes.InvalidEncoding + ".bom", chinese)));
        }
        else if (FirstInvalidUtf8(text) is var invalid and >= 0)
        {
            errors.Add(Error(SchemaErrorCodes.InvalidEncoding, JsonPointer.Root, text, invalid, Messages.Format(SchemaErrorCodes.InvalidEncoding, chinese)));
        }
        else
        {
            Read(text, options.MaxDepth, chinese, errors);
        }

        return errors;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> text)
    {
        if (System.Text.Unicode.Utf8.IsValid(text))
        {
            return -1;
        }

        var offset = 0;
        while (Rune.DecodeFromUtf8(text[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }

    private static void Read(ReadOnlySpan<byte> text, int maxDepth, bool chinese, List<ValidationError> errors)
    {
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = maxDepth + 1 });
        var containers = new Stack<OpenContainer>();
        string? member = null;
        try
        {
            while (reader.Read())
            {
                var at = reader.TokenStartIndex;
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    var parent = containers.Peek();
                    if (!TryGetString(ref reader, out var name))
                    {
                        errors.Add(Error(SchemaErrorCodes.InvalidString, parent.Pointer, text, at, Messages.Format(SchemaErrorCodes.InvalidString, chinese)));
                        name = Encoding.UTF8.GetString(reader.ValueSpan);
                    }

                    member = JsonPointer.Append(parent.Pointer, name);
                    if (!parent.Names!.Add(name))
                    {
                        errors.Add(Error(SchemaErrorCodes.DuplicateMember, member, text, at, Messages.Format(SchemaErrorCodes.DuplicateMember, chinese, Messages.Quote(name))));
                    }

                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    containers.Pop();
                    continue;
                }

                var pointer = member ?? (containers.TryPeek(out var array) ? JsonPointer.Append(array.Pointer, array.NextIndex++) : JsonPointer.Root);
                member = null;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= maxDepth:
                        errors.Add(Error(SchemaErrorCodes.NestingTooDeep, pointer, text, at, Messages.Format(SchemaErrorCodes.NestingTooDeep, chinese, maxDepth)));
                        return;
                    case JsonTokenType.StartObject:
                        containers.Push(new OpenContainer(pointer, []));
                        break;
                    case JsonTokenType.StartArray:
                        containers.Push(new OpenContainer(pointer, null));
                        break;
                    case JsonTokenType.String when reader.ValueIsEscaped && !TryGetString(ref reader, out _):
                        errors.Add(Error(SchemaErrorCodes.InvalidString, pointer, text, at, Messages.Format(SchemaErrorCodes.InvalidString, chinese)));
                        break;
                    case JsonTokenType.Number when !reader.TryGetDouble(out var number) || Math.Abs(number) > MaxSafeInteger:
                        errors.Add(Error(SchemaErrorCodes.NumberOutOfRange, pointer, text, at, Messages.Format(SchemaErrorCodes.NumberOutOfRange, chinese, Encoding.UTF8.GetString(reader.ValueSpan))));
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            var offset = SourceText.OffsetOf(text, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            var pointer = member ?? (containers.TryPeek(out var container) ? container.Pointer : JsonPointer.Root);
            errors.Add(Error(SchemaErrorCodes.InvalidSyntax, pointer, text, offset, Messages.Format(SchemaErrorCodes.InvalidSyntax, chinese, Detail(exception))));
        }
    }

    private static bool TryGetString(ref Utf8JsonReader reader, out string value)
    {
        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate: System.Text.Json reads it, but no string can hold it as text.
            value = string.Empty;
            return false;
        }
    }

    private static string Detail(JsonException exception)
    {
        var message = exception.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return suffix < 0 ? message : message[..suffix];
    }

    private static ValidationError Error(string code, string pointer, ReadOnlySpan<byte> text, long offset, string message)
    {
        var position = SourceText.PositionOf(text, offset);
        return new()
        {
            Code = code,
            Severity = ValidationSeverity.Error,
            Path = pointer,
            Message = message,
            Line = position.Line,
            Column = position.Column,
        };
    }
}
