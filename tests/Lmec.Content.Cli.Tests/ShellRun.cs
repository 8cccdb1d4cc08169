using System.Diagnostics;
using System.Text;

namespace Lmec.Content.Cli.Tests;

/// <summary>
/// Runs a <c>bash -c</c> script in which the shell function <c>lmec-content</c> runs the built tool, for what only a shell can
/// set up: a closed or full standard output, a pipe into <c>head</c>, a FIFO with a writer.
/// </summary>
internal static class ShellRun
{
    // Not a timing: a script still running after this has hung.
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(90);

    /// <summary>Runs the script to its end.</summary>
    /// <param name="workingDirectory">The script's working directory.</param>
    /// <param name="script">The script, which runs the tool as <c>lmec-content …</c>.</param>
    /// <returns>The script's exit code and outputs.</returns>
    public static async Task<CliRun> RunAsync(string workingDirectory, string script)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("lmec-content() { \"$LMEC_DOTNET\" \"$LMEC_TOOL\" \"$@\"; }\n" + script);
        start.Environment["LMEC_DOTNET"] = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        start.Environment["LMEC_TOOL"] = ToolProcess.ToolPath;
        start.Environment.Remove("NO_COLOR");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        using var timeout = new CancellationTokenSource(HangBound);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bash -c '{script}' did not end within {HangBound}.");
        }

        return new CliRun(process.ExitCode, await output, await error);
    }
}
