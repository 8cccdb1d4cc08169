using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Checking;

/// <summary>
/// Finds the line and column of a byte offset in UTF-8 text, for findings that have an offset rather
/// than a pointer (syntax and encoding errors, the second of two duplicate members).
/// </summary>
internal static class SourceText
{
    /// <summary>Finds the position of a byte offset.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="offset">The offset, from 0; past the end means the end.</param>
    /// <returns>The line, from 1, and the column, from 1, in Unicode scalar values, as <see cref="JsonSourceMap"/> counts them.</returns>
    internal static SourcePosition PositionOf(ReadOnlySpan<byte> utf8, long offset)
    {
        var end = (int)Math.Min(offset, utf8.Length);
        var before = utf8[..end];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
        {
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new SourcePosition(line, column);
    }

    /// <summary>Finds the byte offset of a position that <see cref="System.Text.Json.JsonException"/> reports.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="lineNumber">The line, from 0.</param>
    /// <param name="bytePositionInLine">The byte position within the line, from 0.</param>
    /// <returns>The offset.</returns>
    internal static long OffsetOf(ReadOnlySpan<byte> utf8, long lineNumber, long bytePositionInLine)
    {
        var lineStart = 0;
        for (var line = 0L; line < lineNumber; line++)
        {
            var next = utf8[lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            lineStart += next + 1;
        }

        return lineStart + bytePositionInLine;
    }
}
