using System.Diagnostics;
using System.Text;

namespace Lmec.Content.Testing;

/// <summary>
/// Runs the built tool as a real process, <c>dotnet lmec-content.dll …</c>, as a partner runs it: a test project that
/// references the tool has its <c>lmec-content.dll</c> beside the test assembly.
/// </summary>
internal static class BuiltTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Gets the built tool.</summary>
    public static string ToolPath { get; } = Path.Combine(AppContext.BaseDirectory, "lmec-content.dll");

    /// <summary>Makes the start of a run of the tool with its outputs redirected, as UTF-8.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The start information.</returns>
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
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
        return start;
    }

    /// <summary>Runs the tool to its end, in a folder, with standard input given and then closed.</summary>
    /// <param name="workingDirectory">The process's working directory, against which relative paths are read.</param>
    /// <param name="input">Standard input's content.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>Its exit code, standard output and standard error.</returns>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, byte[] input, params string[] args)
    {
        var start = StartInfo(args);
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardInput = true;
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

        return (process.ExitCode, await output, await error);
    }

    /// <summary>Runs the tool to its end, in the test assembly's folder, with empty standard input.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>Its exit code, standard output and standard error.</returns>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunAsync(AppContext.BaseDirectory, [], args);

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
