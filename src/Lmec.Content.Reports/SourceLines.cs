using System.Text;

namespace Lmec.Content.Reports;

/// <summary>
/// Finds the lines of a UTF-8 document that findings point at, to show under each finding with its column marked.
/// Lines and columns are counted as the validator counts them: lines after each line feed, columns in characters
/// (Unicode scalar values), both from 1.
/// </summary>
public sealed class SourceLines
{
    // Characters shown on each side of the column: the line of a minified document can be megabytes long.
    private const int Window = 60;
    private const string Ellipsis = "…";

    private readonly ReadOnlyMemory<byte> _content;
    private List<int>? _lineStarts;

    // Findings mostly come in the order of the text, so a search along a long line starts where the last one ended.
    private (int Line, int Column, int Offset) _last;

    /// <summary>Initialises the lines of a document.</summary>
    /// <param name="content">The document's bytes.</param>
    public SourceLines(ReadOnlyMemory<byte> content) => _content = content;

    /// <summary>Gets the excerpt of a line around a column.</summary>
    /// <param name="line">The line, from 1.</param>
    /// <param name="column">The column, from 1.</param>
    /// <returns>The excerpt, or <see langword="null"/> when the document has no such line.</returns>
    public SourceExcerpt? Excerpt(int line, int column)
    {
        var starts = _lineStarts ??= LineStarts(_content.Span);
        if (line < 1 || line > starts.Count || column < 1)
        {
            return null;
        }

        var text = _content.Span;
        var start = starts[line - 1];
        var end = line < starts.Count ? starts[line] - 1 : text.Length;
        if (end > start && text[end - 1] == (byte)'\r')
        {
            end--;
        }

        var (from, counted) = _last.Line == line && _last.Column <= column ? (_last.Offset, _last.Column) : (start, 1);
        var at = Advance(text, from, end, column - counted);
        _last = (line, column, at);

        var windowStart = Back(text, start, at, Window);
        var atEnd = Advance(text, at, end, 1);
        var windowEnd = Advance(text, atEnd, end, Window);
        return new SourceExcerpt(
            (windowStart > start ? Ellipsis : string.Empty) + Show(text[windowStart..at]),
            Show(text[at..atEnd]),
            Show(text[atEnd..windowEnd]) + (windowEnd < end ? Ellipsis : string.Empty));
    }

    private static List<int> LineStarts(ReadOnlySpan<byte> text)
    {
        var starts = new List<int> { 0 };
        var offset = 0;
        int index;
        while ((index = text[offset..].IndexOf((byte)'\n')) >= 0)
        {
            offset += index + 1;
            starts.Add(offset);
        }

        return starts;
    }

    // Steps over characters as the validator counts columns: every byte that does not continue a UTF-8 sequence.
    private static int Advance(ReadOnlySpan<byte> text, int offset, int end, int characters)
    {
        for (; characters > 0 && offset < end; characters--)
        {
            offset++;
            while (offset < end && (text[offset] & 0xC0) == 0x80)
            {
                offset++;
            }
        }

        return offset;
    }

    private static int Back(ReadOnlySpan<byte> text, int start, int offset, int characters)
    {
        for (; characters > 0 && offset > start; characters--)
        {
            offset--;
            while (offset > start && (text[offset] & 0xC0) == 0x80)
            {
                offset--;
            }
        }

        return offset;
    }

    private static string Show(ReadOnlySpan<byte> bytes) => PrintableText.Of(Encoding.UTF8.GetString(bytes).Replace('\t', ' '));
}
