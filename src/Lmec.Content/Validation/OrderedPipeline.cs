using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Lmec.Content.Validation;

/// <summary>
/// The one order-keeping parallel pipeline behind <see cref="ContentValidator.ReadManyAsync{TItem, TResult}"/> and its siblings:
/// one task reads the source, workers apply the work to items as they come, and the caller receives the results in
/// the order of the source.
/// </summary>
/// <remarks>
/// A window of permits bounds the items read from the source and not yet handed to the caller, so a slow caller or a
/// slow item holds the reading back instead of letting memory grow. Cancellation, a failure of the source, of the work
/// or of the caller's own code, and disposal of the enumerator all stop the reader and the workers; disposal waits for
/// the workers, and for the reader unless it is waiting on the source, which then ends when the source answers.
/// </remarks>
internal static class OrderedPipeline
{
    private const int Idle = 0;
    private const int InSource = 1;
    private const int Stopping = 2;

    /// <summary>Applies the work to every item of the source, in parallel, and yields the results in the source's order.</summary>
    /// <typeparam name="TSource">The items.</typeparam>
    /// <typeparam name="TResult">The results.</typeparam>
    /// <param name="source">The items.</param>
    /// <param name="work">The work on one item; an exception it throws is thrown to the caller at that item's place.</param>
    /// <param name="options">How many at once, and how far ahead.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The results, in order.</returns>
    public static IAsyncEnumerable<TResult> RunAsync<TSource, TResult>(IAsyncEnumerable<TSource> source, Func<TSource, TResult> work, ParallelValidationOptions options, CancellationToken cancellationToken) =>
        options.MaxDegreeOfParallelism == 1
            ? RunSequentialAsync(source, work, cancellationToken)
            : RunParallelAsync(source, work, options.MaxDegreeOfParallelism, options.Window, cancellationToken);

    // One at a time on the caller's flow: nothing is read before it is asked for, and no thread is added.
    private static async IAsyncEnumerable<TResult> RunSequentialAsync<TSource, TResult>(IAsyncEnumerable<TSource> source, Func<TSource, TResult> work, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return work(item);
        }
    }

    private static async IAsyncEnumerable<TResult> RunParallelAsync<TSource, TResult>(IAsyncEnumerable<TSource> source, Func<TSource, TResult> work, int degree, int window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var permits = new SemaphoreSlim(window, window);
        var pending = Channel.CreateUnbounded<TaskCompletionSource<TResult>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var queue = Channel.CreateUnbounded<(TSource Item, TaskCompletionSource<TResult> Result)>(new UnboundedChannelOptions { SingleWriter = true });
        var state = new StrongBox<int>(Idle);
        var reader = Task.Run(() => ReadAsync(source, state, permits, pending.Writer, queue.Writer, stop.Token), CancellationToken.None);
        var workers = new Task[degree];
        for (var index = 0; index < degree; index++)
        {
            workers[index] = Task.Run(() => WorkAsync(queue.Reader, work, stop.Token), CancellationToken.None);
        }

        try
        {
            while (await pending.Reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
            {
                while (pending.Reader.TryRead(out var next))
                {
                    stop.Token.ThrowIfCancellationRequested();
                    var result = await next.Task.WaitAsync(stop.Token).ConfigureAwait(false);
                    permits.Release();
                    yield return result;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(workers).ConfigureAwait(false);

            // A reader waiting on the source (standard input at a terminal, say) ends when the source answers; it is not waited for.
            if (Interlocked.Exchange(ref state.Value, Stopping) != InSource)
            {
                await reader.ConfigureAwait(false);
            }
        }
    }

    private static async Task ReadAsync<TSource, TResult>(IAsyncEnumerable<TSource> source, StrongBox<int> state, SemaphoreSlim permits, ChannelWriter<TaskCompletionSource<TResult>> pending, ChannelWriter<(TSource, TaskCompletionSource<TResult>)> queue, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            var items = source.GetAsyncEnumerator(cancellationToken);
            await using (items.ConfigureAwait(false))
            {
                while (true)
                {
                    await permits.WaitAsync(cancellationToken).ConfigureAwait(false);
                    if (Interlocked.CompareExchange(ref state.Value, InSource, Idle) != Idle)
                    {
                        break;
                    }

                    var any = await items.MoveNextAsync().ConfigureAwait(false);
                    if (Interlocked.CompareExchange(ref state.Value, Idle, InSource) != InSource || !any)
                    {
                        break;
                    }

                    var result = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                    pending.TryWrite(result);
                    queue.TryWrite((items.Current, result));
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by the caller: the caller's own await says so.
        }
        catch (Exception exception)
        {
            // Thrown to the caller after the results of the items read before it.
            failure = exception;
        }
        finally
        {
            queue.TryComplete();
            pending.TryComplete(failure);
        }
    }

    private static async Task WorkAsync<TSource, TResult>(ChannelReader<(TSource Item, TaskCompletionSource<TResult> Result)> queue, Func<TSource, TResult> work, CancellationToken cancellationToken)
    {
        try
        {
            while (await queue.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (!cancellationToken.IsCancellationRequested && queue.TryRead(out var next))
                {
                    try
                    {
                        next.Result.SetResult(work(next.Item));
                    }
                    catch (Exception exception)
                    {
                        next.Result.SetException(exception);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped: the items left are not the caller's concern any more.
        }
    }
}
