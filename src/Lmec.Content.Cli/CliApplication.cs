using System.CommandLine;
using System.CommandLine.Invocation;
using Lmec.Content.Cli.Commands;

namespace Lmec.Content.Cli;

/// <summary>Builds the tool's commands and runs them, writing to the given outputs so tests can run it in process.</summary>
internal static class CliApplication
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where diagnostics go (standard error).</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Reads, checks, converts and inspects documents of the LMEC content exchange.")
        {
            SummaryCommand.Create(),
            ConvertCommand.Create(),
            DigestCommand.Create(),
        };
        var parseResult = root.Parse(args);
        var exitCode = await parseResult.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }).ConfigureAwait(false);

        // System.CommandLine reports a wrong command line with exit code 1, which this tool keeps for invalid documents.
        return parseResult.Action is ParseErrorAction ? ExitCodes.UsageOrUnreadable : exitCode;
    }
}
