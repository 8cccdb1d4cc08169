using System.Text;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Validation;

/// <summary>
/// Reading an archive in blocks: a line end, a carriage return before it or a blank line that falls on the edge of a
/// block, and a line longer than several blocks, give the lines a plain split of the whole archive gives.
/// </summary>
public class ContentArchiveTests
{
    // The archive reader reads in blocks of 1 MiB; the cases put what matters on and across their edges.
    private const int Block = 1024 * 1024;

    public static TheoryData<string, bool> Layouts()
    {
        var data = new TheoryData<string, bool>();
        foreach (var layout in Archives().Keys)
        {
            data.Add(layout, false);
            data.Add(layout, true);
        }

        return data;
    }

    // Read whole, as a file is, and a few bytes at a time, as a pipe or a socket may answer.
    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task ReadLinesAsync_LinesOnAndAcrossTheEdgesOfBlocks_GivesTheLinesOfAPlainSplit(string layout, bool trickling)
    {
        var archive = Archives()[layout];
        using var stream = trickling ? new TricklingStream(archive) : new MemoryStream(archive);

        var lines = await ReadAsync(stream, maxDocumentBytes: 8 * Block);

        Assert.Equal(PlainSplit(archive, 8 * Block), lines);
    }

    [Fact]
    public async Task ReadLinesAsync_LineOfSeveralBlocksOverTheLimit_IsCutToTheLimitPlusOneByte()
    {
        var archive = Encoding.ASCII.GetBytes(new string('a', (2 * Block) + 17) + "\n{}\n");

        var lines = await ReadAsync(new MemoryStream(archive), maxDocumentBytes: 100);

        Assert.Equal([(1, new string('a', 101)), (2, "{}")], lines);
    }

    private static Dictionary<string, byte[]> Archives() => new()
    {
        ["line end on the last byte of a block"] = Ascii(Line(Block - 1), "{}"),
        ["line end on the first byte of a block"] = Ascii(Line(Block), "{}"),
        ["carriage return and line end split by the edge"] = Ascii(Line(Block - 1, "\r\n"), "{\"a\":1}\r\n"),
        ["blank line across the edge"] = Ascii(Line(Block - 3), "   \t   ", "{}"),
        ["line of three blocks"] = Ascii(Line((2 * Block) + 12345), Line(Block - 7), "[]"),
        ["text in three bytes a character across the edge"] = Encoding.UTF8.GetBytes(Line(Block - 4) + "\n\"湄公河\"\n{}"),
    };

    private static string Line(int length, string end = "\n") => "\"" + new string('x', length - 2) + "\"" + end;

    private static byte[] Ascii(params string[] parts) => Encoding.ASCII.GetBytes(string.Concat(parts.Select(static part => part.EndsWith('\n') ? part : part + "\n")));

    private static async Task<List<(int Number, string Text)>> ReadAsync(Stream stream, int maxDocumentBytes)
    {
        var lines = new List<(int, string)>();
        await foreach (var line in ContentArchive.ReadLinesAsync(stream, maxDocumentBytes))
        {
            lines.Add((line.Number, Encoding.UTF8.GetString(line.Content.Span)));
        }

        return lines;
    }

    // The archive as one whole: split at line feeds, a carriage return before one dropped, blank lines passed over.
    private static List<(int Number, string Text)> PlainSplit(byte[] archive, int maxDocumentBytes) =>
        [.. Encoding.UTF8.GetString(archive).Split('\n')
            .Select(static (text, index) => (Number: index + 1, Text: text.TrimEnd('\r')))
            .Where(static line => line.Text.Trim(' ', '\t').Length > 0)
            .Select(line => (line.Number, line.Text.Length > maxDocumentBytes ? line.Text[..(maxDocumentBytes + 1)] : line.Text))];

    // Answers every read with 1 to 7 bytes, as a pipe or a socket may.
    private sealed class TricklingStream(byte[] content) : MemoryStream(content)
    {
        private int _next;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, Next()));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, Next())]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, Next())], cancellationToken);

        private int Next() => (_next++ % 7) + 1;
    }
}
