using System.Diagnostics;
using System.Text;

namespace Lmec.Content.Cli.Tests;

/// <summary>
/// Runs the built tool as a real process, <c>dotnet lmec-content.dll …</c>, as a partner runs it: the test
/// project references the tool, so its <c>lmec-content.dll</c> is copied beside the test assembly.
/// </summary>
internal static class ToolProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Gets the built tool.</summary>
    public static string ToolPath { get; } = Path.Combine(AppContext.BaseDirectory, "lmec-content.dll");

    /// <summary>Runs the tool to its end with outputs and input redirected.</summary>
    /// <param name="workingDirectory">The process's working directory, against which relative paths are read.</param>
    /// <param name="input">Standard input's content; standard input is closed after it.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>What the process wrote and its exit code.</returns>
    public static async Task<CliRun> RunAsync(string workingDirectory, byte[] input, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(ToolPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The outputs must not depend on the machine's colour setting: the tool is to leave colour out because they are redirected.
        start.Environment.Remove("NO_COLOR");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await WriteInputAsync(process, input, timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"lmec-content {string.Join(' ', args)} did not end within {Timeout}.");
        }

        return new CliRun(process.ExitCode, await output, await error);
    }

    private static async Task WriteInputAsync(Process process, byte[] input, CancellationToken cancellationToken)
    {
        try
        {
            await process.StandardInput.BaseStream.WriteAsync(input, cancellationToken);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tool ended without reading standard input, as it should when no path is '-'.
        }
    }
}
