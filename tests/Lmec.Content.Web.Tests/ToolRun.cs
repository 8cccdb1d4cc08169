using System.Diagnostics;
using System.Text;

namespace Lmec.Content.Web.Tests;

/// <summary>Runs the built tool, <c>dotnet lmec-content.dll …</c>, which the test project copies beside the tests.</summary>
internal static class ToolRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Gets the built tool.</summary>
    public static string ToolPath { get; } = Path.Combine(AppContext.BaseDirectory, "lmec-content.dll");

    /// <summary>Makes the start of a run of the tool with its outputs redirected.</summary>
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

        return start;
    }

    /// <summary>Runs the tool to its end.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>Its exit code, standard output and standard error.</returns>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args)) ?? throw new InvalidOperationException("dotnet did not start.");
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
