using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

/// <summary>Runs the built tool as a real process (<see cref="BuiltTool"/>), as a partner runs it, and gives its run as a <see cref="CliRun"/>.</summary>
internal static class ToolProcess
{
    /// <summary>Gets the built tool.</summary>
    public static string ToolPath => BuiltTool.ToolPath;

    /// <summary>Runs the tool to its end with outputs and input redirected.</summary>
    /// <param name="workingDirectory">The process's working directory, against which relative paths are read.</param>
    /// <param name="input">Standard input's content; standard input is closed after it.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>What the process wrote and its exit code.</returns>
    public static async Task<CliRun> RunAsync(string workingDirectory, byte[] input, params string[] args)
    {
        var (exitCode, output, error) = await BuiltTool.RunAsync(workingDirectory, input, args);
        return new CliRun(exitCode, output, error);
    }
}
