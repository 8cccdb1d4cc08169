using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Lmec.Content.AspNetCore.Tests.Hosting;

/// <summary>
/// One HTTP/1.1 request over a plain socket, with a chunked body the test sends piece by piece when it wants, while it
/// reads the response: what <see cref="HttpClient"/> cannot show, as it buffers the body it sends and does not read the
/// response before the body is sent.
/// </summary>
internal sealed class RawHttpConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly StreamReader _reader;

    private RawHttpConnection(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
        _reader = new StreamReader(_stream, Encoding.UTF8);
    }

    /// <summary>Gets how many body bytes were sent.</summary>
    public long BytesSent { get; private set; }

    /// <summary>Connects and sends the request's head, for a chunked body.</summary>
    /// <param name="baseAddress">The server.</param>
    /// <param name="path">The path.</param>
    /// <param name="contentType">The <c>Content-Type</c>.</param>
    /// <returns>The connection.</returns>
    public static async Task<RawHttpConnection> PostAsync(Uri baseAddress, string path, string contentType)
    {
        var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var connection = new RawHttpConnection(client);
        var head = $"POST {path} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nContent-Type: {contentType}\r\nTransfer-Encoding: chunked\r\n\r\n";
        await connection._stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        return connection;
    }

    /// <summary>Sends one chunk of the body.</summary>
    /// <param name="data">The bytes.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>The send.</returns>
    public async Task SendAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(Encoding.ASCII.GetBytes(data.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"), cancellationToken);
        await _stream.WriteAsync(data, cancellationToken);
        await _stream.WriteAsync("\r\n"u8.ToArray(), cancellationToken);
        await _stream.FlushAsync(cancellationToken);
        BytesSent += data.Length;
    }

    /// <summary>Ends the body.</summary>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>The send.</returns>
    public async Task EndAsync(CancellationToken cancellationToken) => await _stream.WriteAsync("0\r\n\r\n"u8.ToArray(), cancellationToken);

    /// <summary>Reads the status line and the headers of the response.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The status code.</returns>
    public async Task<int> ReadStatusAsync(CancellationToken cancellationToken)
    {
        var status = await _reader.ReadLineAsync(cancellationToken) ?? throw new IOException("The server closed the connection.");
        while (!string.IsNullOrEmpty(await _reader.ReadLineAsync(cancellationToken)))
        {
        }

        return int.Parse(status.Split(' ')[1], CultureInfo.InvariantCulture);
    }

    /// <summary>Reads the next line of a chunked response body that holds whole lines per chunk, as the NDJSON answers do.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The line, or <see langword="null"/> at the end of the body.</returns>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var size = await _reader.ReadLineAsync(cancellationToken);
            if (size is null || size == "0")
            {
                return null;
            }

            if (size.Length == 0)
            {
                continue;
            }

            var line = await _reader.ReadLineAsync(cancellationToken);
            if (!string.IsNullOrEmpty(line))
            {
                return line;
            }
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        await _stream.DisposeAsync();
        _client.Dispose();
    }
}
