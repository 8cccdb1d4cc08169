using System.Globalization;
using System.Text;
using System.Text.Json;
using Lmec.Content.Localization;

namespace Lmec.Content.Validation;

/// <summary>
/// Helpers for the messages of the built-in findings, whose texts are in the <see cref="MessageCatalog"/>:
/// keyed by code, or by code and variant (<c>LMEC020.comment</c>) where one code has several causes. These
/// make the values a message names readable in it, for the built-in checks, the schema check and partners' rules alike.
/// </summary>
public static class ValidationMessages
{
    private const int DisplayLength = 80;

    /// <summary>Gives the message key of the name of a JSON type, such as <c>type.array</c> for "an array".</summary>
    /// <param name="kind">The JSON type.</param>
    /// <returns>The key.</returns>
    public static string TypeKey(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "type.object",
        JsonValueKind.Array => "type.array",
        JsonValueKind.String => "type.string",
        JsonValueKind.Number => "type.number",
        JsonValueKind.True or JsonValueKind.False => "type.boolean",
        _ => "type.null",
    };

    /// <summary>
    /// Makes a value from a document safe to show in a message: at most 80 characters, with control,
    /// invisible and bidirectional characters written as <c>\uXXXX</c> so the message reads as it should.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The text to show.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static string Display(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var shown = value.AsSpan(0, Math.Min(value.Length, DisplayLength));
        var text = new StringBuilder(shown.Length + 8);
        while (!shown.IsEmpty)
        {
            var status = Rune.DecodeFromUtf16(shown, out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)shown[0]:x4}");
                consumed = 1;
            }
            else if (SuspiciousCharacters.IsSuspicious(rune.Value))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}");
            }
            else
            {
                text.Append(shown[..consumed]);
            }

            shown = shown[consumed..];
        }

        return value.Length > DisplayLength ? text.Append('…').ToString() : text.ToString();
    }

    /// <summary>
    /// Writes a value with the decimal digits of every script as the ASCII digits 0–9, to show what to write
    /// instead (<see cref="ValidationCodes.NonAsciiDigits"/>): <c>๒๕๖๖-๐๙-๑๒</c> becomes <c>2566-09-12</c>.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The value with ASCII digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static string WithAsciiDigits(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return string.Create(value.Length, value, static (target, source) =>
        {
            for (var index = 0; index < source.Length; index++)
            {
                var character = source[index];
                target[index] = char.IsDigit(character) ? (char)('0' + (int)char.GetNumericValue(character)) : character;
            }
        });
    }

    /// <summary>Names a code point as <c>U+200B</c>.</summary>
    /// <param name="codePoint">The code point.</param>
    /// <returns>The name.</returns>
    public static string CodePoint(int codePoint) => string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4}");
}
