using System.Diagnostics;

namespace Lmec.Content.PackageTests;

/// <summary>What one run of a program wrote and returned.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">What it wrote to standard output.</param>
/// <param name="Error">What it wrote to standard error.</param>
public sealed record ProcessRun(int ExitCode, string Output, string Error)
{
    /// <summary>Gets the <c>dotnet</c> host that runs these tests, to run the SDK's commands with.</summary>
    public static string Dotnet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Runs a program to its end.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <param name="timeout">How long it may take before it is killed and the run fails.</param>
    /// <param name="environment">Variables to set for it; a <see langword="null"/> value removes one.</param>
    /// <returns>What the run wrote and returned.</returns>
    public static async Task<ProcessRun> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` hands its MSBuild settings down; an SDK command run from a test must find its own.
        foreach (var name in start.Environment.Keys.Where(static name => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }

        return new ProcessRun(process.ExitCode, await output, await error);
    }

    /// <summary>Fails unless the program exited with this code, showing what it wrote.</summary>
    /// <param name="exitCode">The exit code expected.</param>
    /// <returns>This run.</returns>
    public ProcessRun AssertExitCode(int exitCode)
    {
        Assert.True(ExitCode == exitCode, $"Exit code {ExitCode}, expected {exitCode}.\nstdout:\n{Output}\nstderr:\n{Error}");
        return this;
    }
}
