using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lmec.Content.Documentation.Tests;

/// <summary>
/// Runs a sample that is a whole <c>Program.cs</c> of a web project, <c>app.Run()</c> included, as <c>dotnet run</c>
/// would, and gives the test the address it listens on; disposing stops it. The host the sample builds is found by the
/// hosting's diagnostic events, as ASP.NET Core's <c>WebApplicationFactory</c> finds the host of a program of
/// top-level statements; only a host built on the sample's own thread is taken, never one of another test.
/// </summary>
internal sealed class WebProgram : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private readonly TaskCompletionSource<IHost> _built = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<IDisposable> _subscriptions = [];
    private int _thread;
    private Task _running = Task.CompletedTask;
    private IHost? _host;

    private WebProgram()
    {
    }

    /// <summary>Gets the address the program listens on.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Runs the program on a thread of its own until it has started listening.</summary>
    /// <param name="program">The sample's statements.</param>
    /// <returns>The running program.</returns>
    public static async Task<WebProgram> StartAsync(Action program)
    {
        var web = new WebProgram();
        web.Subscribe(DiagnosticListener.AllListeners.Subscribe(web));
        web._running = Task.Factory.StartNew(
            () =>
            {
                web._thread = Environment.CurrentManagedThreadId;
                program();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            web._host = await Before(web._built.Task, web._running);
            var started = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using var registration = web._host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => started.TrySetResult(true));
            await Before(started.Task, web._running);
            web.Address = new Uri(web._host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            return web;
        }
        finally
        {
            web.Unsubscribe();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _host?.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        await _running.WaitAsync(Timeout);
    }

    /// <inheritdoc/>
    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.Extensions.Hosting")
        {
            Subscribe(value.Subscribe(this));
        }
    }

    /// <inheritdoc/>
    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value is { Key: "HostBuilt", Value: IHost host } && Environment.CurrentManagedThreadId == _thread)
        {
            _built.TrySetResult(host);
        }
    }

    // The listeners report no errors and the sequences do not end while the program is being started.
    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    // What the step awaited gives, unless the program ends first: then its exception, or that it never got there.
    private static async Task<T> Before<T>(Task<T> step, Task running)
    {
        await Task.WhenAny(step, running).WaitAsync(Timeout);
        if (!step.IsCompleted)
        {
            await running;
            throw new InvalidOperationException("The program ended before it started listening.");
        }

        return await step;
    }

    // Other tests' threads create listeners too, so the list is shared.
    private void Subscribe(IDisposable subscription)
    {
        lock (_subscriptions)
        {
            _subscriptions.Add(subscription);
        }
    }

    private void Unsubscribe()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(static subscription => subscription.Dispose());
            _subscriptions.Clear();
        }
    }
}
