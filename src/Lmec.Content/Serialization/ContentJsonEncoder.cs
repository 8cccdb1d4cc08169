using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Lmec.Content.Serialization;

/// <summary>
/// The encoder of the wire format: the HTML-safe encoder of <see cref="System.Text.Encodings.Web"/> over
/// all of Unicode — Chinese stays readable, and <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, <c>'</c> and
/// <c>"</c> are escaped — except that <c>+</c> is written as itself. The default encoder escapes
/// <c>+</c> (a UTF-7 precaution), which would turn every E.164 number and every timestamp offset into
/// <c>\u002B</c> and make documents harder for people to read, for no safety gained in JSON.
/// </summary>
internal sealed class ContentJsonEncoder : JavaScriptEncoder
{
    private static readonly JavaScriptEncoder HtmlSafe = Create(UnicodeRanges.All);

    private ContentJsonEncoder()
    {
    }

    /// <summary>Gets the one instance; it is thread-safe.</summary>
    public static ContentJsonEncoder Instance { get; } = new();

    /// <inheritdoc/>
    public override int MaxOutputCharactersPerInputCharacter => HtmlSafe.MaxOutputCharactersPerInputCharacter;

    /// <inheritdoc/>
    public override bool WillEncode(int unicodeScalar) => unicodeScalar != '+' && HtmlSafe.WillEncode(unicodeScalar);

    /// <inheritdoc/>
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var offset = 0; offset < textLength;)
        {
            var index = HtmlSafe.FindFirstCharacterToEncode(text + offset, textLength - offset);
            if (index < 0)
            {
                return -1;
            }

            if (text[offset + index] != '+')
            {
                return offset + index;
            }

            offset += index + 1;
        }

        return -1;
    }

    /// <inheritdoc/>
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        for (var offset = 0; offset < utf8Text.Length;)
        {
            var index = HtmlSafe.FindFirstCharacterToEncodeUtf8(utf8Text[offset..]);
            if (index < 0)
            {
                return -1;
            }

            if (utf8Text[offset + index] != (byte)'+')
            {
                return offset + index;
            }

            offset += index + 1;
        }

        return -1;
    }

    /// <inheritdoc/>
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (unicodeScalar != '+')
        {
            return HtmlSafe.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        }

        numberOfCharactersWritten = bufferLength > 0 ? 1 : 0;
        if (bufferLength > 0)
        {
            buffer[0] = '+';
        }

        return bufferLength > 0;
    }
}
