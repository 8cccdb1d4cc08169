using System.Diagnostics;
using System.Globalization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// The commands of the benchmarks app beside BenchmarkDotNet, for the archive measurement of the tool
/// (<c>benchmarks/archive/measure.py</c>): one writes a large NDJSON archive of valid generated issues, the other
/// reads an archive as the floor that the tool's validation is measured against.
/// </summary>
internal static class ArchiveCommands
{
    private const int BufferSize = 1 << 20;

    /// <summary>Writes generated issues as NDJSON, one a line, until the file holds at least the size asked for.</summary>
    /// <param name="path">The file to write; replaced if it exists.</param>
    /// <param name="size">The size: a whole number of bytes, or of kB, MB or GB with that suffix (powers of 1,000).</param>
    /// <returns>The exit code: 0, or 2 for a size that is not one.</returns>
    public static int GenerateArchive(string path, string size)
    {
        if (!TryParseSize(size, out var target))
        {
            Console.Error.WriteLine($"The size must be a whole number of bytes, or of kB, MB or GB (such as 200MB), not '{size}'.");
            return 2;
        }

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
        var documents = 0;
        using var issues = new ArchiveGenerator(BenchmarkData.Seed).Issues().GetEnumerator();
        while (stream.Position < target && issues.MoveNext())
        {
            ContentJson.Serialize(stream, issues.Current);
            stream.WriteByte((byte)'\n');
            documents++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{documents} documents, {stream.Length} bytes (seed {BenchmarkData.Seed})"));
        return 0;
    }

    /// <summary>
    /// Reads an NDJSON archive in blocks, as the tool does, and parses each line with <see cref="System.Text.Json.JsonDocument"/>,
    /// touching every value (<see cref="JsonDocumentFloor"/>); prints the documents, bytes and seconds.
    /// </summary>
    /// <param name="path">The archive.</param>
    /// <returns>The exit code, 0.</returns>
    public static int Floor(string path)
    {
        var clock = Stopwatch.StartNew();
        long documents = 0, bytes = 0, sum = 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[BufferSize];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.Read(buffer, filled, buffer.Length - filled);
            var end = filled + read;
            var start = 0;
            for (var searched = filled; ;)
            {
                var newline = buffer.AsSpan(searched, end - searched).IndexOf((byte)'\n');
                if (newline < 0)
                {
                    break;
                }

                Line(buffer.AsMemory(start, searched + newline - start));
                start = searched = searched + newline + 1;
            }

            if (read == 0)
            {
                Line(buffer.AsMemory(start, end - start));
                break;
            }

            buffer.AsSpan(start, end - start).CopyTo(buffer);
            filled = end - start;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{documents} documents, {bytes} bytes, {clock.Elapsed.TotalSeconds:F3} s (checksum {sum})"));
        return 0;

        void Line(ReadOnlyMemory<byte> line)
        {
            var text = line.Span.TrimEnd("\r\n\t "u8);
            if (text.IsEmpty)
            {
                return;
            }

            documents++;
            bytes += line.Length;
            sum += JsonDocumentFloor.ParseAndTouch(line[..text.Length]);
        }
    }

    private static bool TryParseSize(string text, out long bytes)
    {
        var digits = text.TrimEnd('B', 'b');
        var unit = 1L;
        if (digits.Length > 0 && char.ToUpperInvariant(digits[^1]) is var suffix and ('K' or 'M' or 'G'))
        {
            unit = suffix switch { 'K' => 1_000L, 'M' => 1_000_000L, _ => 1_000_000_000L };
            digits = digits[..^1];
        }

        bytes = 0;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 && (bytes = count * unit) > 0;
    }
}
