using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Lmec.Content.Contract;

namespace Lmec.Content.Json;

/// <summary>
/// The front end's rules for one token of a text, in one place for its scan (<see cref="JsonScan"/>) and for the
/// typed read that makes the same checks as it reads (<see cref="Serialization.UnknownMemberConverter"/>, for the
/// values the model keeps as JSON): a string or member name is text, and a number is within range.
/// </summary>
internal static class JsonTokenCheck
{
    // Beyond ±(2^53 − 1) a reader that holds numbers as doubles, as JavaScript does, may change an integer's
    // digits, and every double that large is a whole number, an integer as JSON Schema counts it (I-JSON,
    // RFC 7493 section 2.2): such a number is out of range however it is written (9007199254740992, 1e20), as
    // is one that is not finite. Within the range every integer reads back with its digits, so canonical
    // JSON, which writes whole numbers below 1e21 without an exponent, reads back as itself.

    /// <summary>Tells whether the reader's number is within ±<see cref="WireLimits.MaxSafeInteger"/>.</summary>
    /// <param name="reader">The reader, on a number.</param>
    /// <returns><see langword="true"/> when the number is in range.</returns>
    internal static bool IsNumberInRange(ref Utf8JsonReader reader) =>
        reader.TryGetDouble(out var number) && Math.Abs(number) <= WireLimits.MaxSafeInteger;

    /// <summary>
    /// Tells whether the reader's string or member name is text: valid UTF-8 once unescaped, without a lone surrogate,
    /// whether written as bytes or as an escape.
    /// </summary>
    /// <param name="reader">The reader, on a string or a member name.</param>
    /// <param name="buffer">Room to unescape into, rented from <see cref="ArrayPool{T}.Shared"/> when needed; the caller returns it.</param>
    /// <param name="text">The unescaped bytes when they are text; else the bytes as written.</param>
    /// <returns><see langword="true"/> when the token is text.</returns>
    internal static bool TryGetText(ref Utf8JsonReader reader, scoped ref byte[]? buffer, out ReadOnlySpan<byte> text)
    {
        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped)
        {
            text = raw;
            return Utf8.IsValid(raw);
        }

        if (buffer is null || buffer.Length < raw.Length)
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            buffer = ArrayPool<byte>.Shared.Rent(Math.Max(raw.Length, 256));
        }

        try
        {
            text = buffer.AsSpan(0, reader.CopyString(buffer));
            if (Utf8.IsValid(text))
            {
                return true;
            }
        }
        catch (InvalidOperationException)
        {
            // CopyString rejects invalid UTF-8 and escaped lone surrogates alike.
        }

        text = raw;
        return false;
    }
}
