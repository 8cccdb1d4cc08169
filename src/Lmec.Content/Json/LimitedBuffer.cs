using System.Buffers;

namespace Lmec.Content.Json;

/// <summary>
/// Collects a stream's bytes up to one byte past a limit, so that a document over the size limit is
/// rejected without reading the rest of it.
/// </summary>
internal sealed class LimitedBuffer : IDisposable
{
    private readonly MemoryStream _content = new();
    private readonly int _limit;
    private byte[]? _chunk = ArrayPool<byte>.Shared.Rent(81_920);

    /// <summary>Initialises an empty buffer.</summary>
    /// <param name="limit">The most bytes a document may have.</param>
    internal LimitedBuffer(int limit) => _limit = limit;

    /// <summary>Gets the space to read the next chunk into.</summary>
    internal Memory<byte> Chunk => _chunk ?? throw new ObjectDisposedException(nameof(LimitedBuffer));

    /// <summary>Gets whether more than the limit has been read, so that reading can stop.</summary>
    internal bool IsFull => _content.Length > _limit;

    /// <summary>Gets the bytes read so far.</summary>
    internal ReadOnlyMemory<byte> Content => _content.GetBuffer().AsMemory(0, (int)_content.Length);

    /// <summary>Keeps the bytes just read into <see cref="Chunk"/>.</summary>
    /// <param name="count">How many were read.</param>
    internal void Append(int count) => _content.Write(Chunk.Span[..count]);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_chunk is not null)
        {
            ArrayPool<byte>.Shared.Return(_chunk);
            _chunk = null;
        }

        _content.Dispose();
    }
}
