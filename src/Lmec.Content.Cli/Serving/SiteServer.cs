using System.IO.Compression;
using System.Net;
using System.Net.Sockets;

namespace Lmec.Content.Cli.Serving;

/// <summary>
/// Serves the web checker's files over HTTP on the loopback address only (127.0.0.1): nothing on another computer can
/// reach it. It serves the site and nothing else: the page checks documents in the browser and sends them nowhere, so
/// the server takes no request but <c>GET</c> and <c>HEAD</c> of the site's files.
/// </summary>
internal sealed class SiteServer : IDisposable
{
    // Port 0 asks for a free port; HttpListener cannot, so one is found first and may be taken in between: try again.
    private const int Attempts = 5;

    private readonly HttpListener _listener;
    private readonly SiteFiles _files;

    private SiteServer(HttpListener listener, SiteFiles files, int port)
    {
        _listener = listener;
        _files = files;
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>Gets the address of the site.</summary>
    public Uri Address { get; }

    /// <summary>Starts listening on a port of the loopback address.</summary>
    /// <param name="files">The site.</param>
    /// <param name="port">The port, or 0 for any free port.</param>
    /// <returns>The server, listening.</returns>
    /// <exception cref="HttpListenerException">The port cannot be listened on, as when another program uses it.</exception>
    public static SiteServer Start(SiteFiles files, int port)
    {
        for (var attempt = 1; ; attempt++)
        {
            var chosen = port == 0 ? FreePort() : port;
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{chosen}/");
            try
            {
                listener.Start();
                return new SiteServer(listener, files, chosen);
            }
            catch (HttpListenerException) when (port == 0 && attempt < Attempts)
            {
                listener.Close();
            }
            catch
            {
                listener.Close();
                throw;
            }
        }
    }

    /// <summary>Answers requests until cancelled, as by Ctrl+C.</summary>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <returns>A task that ends when the server has stopped.</returns>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var stop = cancellationToken.Register(_listener.Stop);
        while (!cancellationToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException && cancellationToken.IsCancellationRequested)
            {
                break;
            }

            _ = Task.Run(() => RespondAsync(context), CancellationToken.None);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _listener.Close();

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var response = context.Response;
        try
        {
            response.Headers["X-Content-Type-Options"] = "nosniff";
            response.Headers["Cache-Control"] = "no-cache";
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = (int)HttpStatusCode.MethodNotAllowed;
                response.Headers["Allow"] = "GET, HEAD";
                return;
            }

            if (!_files.TryGet(Uri.UnescapeDataString(request.Url!.AbsolutePath).TrimStart('/'), out var file))
            {
                response.StatusCode = (int)HttpStatusCode.NotFound;
                return;
            }

            response.ContentType = file.MediaType;
            response.Headers["Vary"] = "Accept-Encoding";
            await using var stored = file.Open();
            var sendGzipped = file.IsGzipped && (request.Headers["Accept-Encoding"] ?? string.Empty).Contains("gzip", StringComparison.OrdinalIgnoreCase);
            if (sendGzipped)
            {
                response.Headers["Content-Encoding"] = "gzip";
            }

            if (sendGzipped || !file.IsGzipped)
            {
                response.ContentLength64 = stored.Length;
            }

            if (request.HttpMethod == "GET")
            {
                await using var content = file.IsGzipped && !sendGzipped ? new GZipStream(stored, CompressionMode.Decompress) : stored;
                await content.CopyToAsync(response.OutputStream).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-answer (a reload, a closed tab): nothing to tell anyone.
        }
    }
}
