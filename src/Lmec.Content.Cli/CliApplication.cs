using System.CommandLine;
using Lmec.Content.Cli.Commands;

namespace Lmec.Content.Cli;

/// <summary>Builds the tool's commands and runs them, writing to the given outputs so tests can run it in process.</summary>
internal static class CliApplication
{
    /// <summary>Runs the tool with captured outputs and no standard input.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where diagnostics go (standard error).</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, CliConsole.Captured(output, error));

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="console">The terminal to use.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>; usage errors give <see cref="ExitCodes.UsageOrUnreadable"/>.</returns>
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var root = new RootCommand("Reads, checks, converts and inspects documents of the LMEC content exchange.")
        {
            ValidateCommand.Create(console),
            SummaryCommand.Create(),
            ExampleCommand.Create(console),
            ConvertCommand.Create(),
            DigestCommand.Create(),
            SchemaCommand.Create(),
        };
        var parseResult = root.Parse(args);
        var exitCode = await parseResult.InvokeAsync(new InvocationConfiguration { Output = console.Output, Error = console.Error }).ConfigureAwait(false);
        return parseResult.Errors.Count > 0 ? ExitCodes.UsageOrUnreadable : exitCode;
    }
}
