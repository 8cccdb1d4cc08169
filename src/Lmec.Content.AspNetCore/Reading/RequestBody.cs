using System.Buffers;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Lmec.Content.AspNetCore.Reading;

/// <summary>
/// Reads a request body no further than one byte past the size limit, within a time limit, so that a body that is
/// too large, endless or very slow is cut off rather than buffered without end.
/// </summary>
internal static class RequestBody
{
    /// <summary>Reads the whole body of a request.</summary>
    /// <param name="context">The request.</param>
    /// <param name="maxBytes">The most bytes a document may have.</param>
    /// <param name="timeout">How long the read may take in all.</param>
    /// <returns>The bytes, or why there are none.</returns>
    internal static async Task<BodyRead> ReadAsync(HttpContext context, int maxBytes, TimeSpan timeout)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            return new BodyRead(BodyOutcome.TooLarge, Limit: maxBytes);
        }

        using var deadline = Deadline(context, timeout);
        var reader = context.Request.BodyReader;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(deadline.Token).ConfigureAwait(false);
                var buffer = result.Buffer;
                if (buffer.Length > maxBytes)
                {
                    reader.AdvanceTo(buffer.End);
                    return new BodyRead(BodyOutcome.TooLarge, Limit: maxBytes);
                }

                if (result.IsCompleted)
                {
                    var content = buffer.ToArray();
                    reader.AdvanceTo(buffer.End);
                    return new BodyRead(BodyOutcome.Read, content);
                }

                // Keep every byte in the pipe until the end: the pipe buffers it, and the limit above bounds it.
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (Exception exception) when (Failure(context, deadline, exception) is { } failure)
        {
            return failure;
        }
    }

    /// <summary>Makes the token that cuts a read off: when the client goes away, or when the time is up.</summary>
    /// <param name="context">The request.</param>
    /// <param name="timeout">How long the read may take; <see cref="Timeout.InfiniteTimeSpan"/> for no limit.</param>
    /// <param name="cancellationToken">The caller's token, which cuts the read off too.</param>
    /// <returns>The source of the token; dispose of it.</returns>
    internal static CancellationTokenSource Deadline(HttpContext context, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, cancellationToken);
        deadline.CancelAfter(timeout);
        return deadline;
    }

    /// <summary>Tells what a failed read means, or <see langword="null"/> for a failure that is not the body's.</summary>
    /// <param name="context">The request.</param>
    /// <param name="deadline">The source of the read's token.</param>
    /// <param name="exception">The failure.</param>
    /// <returns>The outcome.</returns>
    internal static BodyRead? Failure(HttpContext context, CancellationTokenSource deadline, Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            new BodyRead(BodyOutcome.TooLarge, Limit: context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0),
        BadHttpRequestException => new BodyRead(BodyOutcome.Malformed),
        OperationCanceledException when context.RequestAborted.IsCancellationRequested => new BodyRead(BodyOutcome.Aborted),
        OperationCanceledException when deadline.IsCancellationRequested => new BodyRead(BodyOutcome.TimedOut),
        IOException or ConnectionResetException or InvalidOperationException when context.RequestAborted.IsCancellationRequested => new BodyRead(BodyOutcome.Aborted),
        _ => null,
    };
}
