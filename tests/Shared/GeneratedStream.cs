using System.Text;

namespace Lmec.Content.Testing;

/// <summary>
/// A read-only stream of a JSON document of any length, made as it is read without holding it: a start,
/// then one byte repeated, such as the text of a string that never ends. It counts what was read, so a test
/// can tell that a reader stopped early.
/// </summary>
/// <param name="start">The first bytes, such as <c>{"title":{"en":"</c>.</param>
/// <param name="length">The length of the whole stream, in bytes.</param>
/// <param name="filler">The byte repeated after the start.</param>
internal sealed class GeneratedStream(string start, long length, byte filler = (byte)'x') : Stream
{
    private readonly byte[] _start = Encoding.UTF8.GetBytes(start);

    /// <summary>Gets how many bytes were read so far.</summary>
    public long BytesRead { get; private set; }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => length;

    /// <inheritdoc/>
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - BytesRead);
        for (var i = 0; i < count; i++)
        {
            var at = BytesRead + i;
            buffer[i] = at < _start.Length ? _start[at] : filler;
        }

        BytesRead += count;
        return count;
    }

    /// <inheritdoc/>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
