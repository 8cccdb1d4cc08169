using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Lmec.Content.Cli.Commands;
using Lmec.Content.Localization;

namespace Lmec.Content.Cli;

/// <summary>Builds the tool's commands and runs them, writing to the given outputs so tests can run it in process.</summary>
internal static class CliApplication
{
    private const string ToolName = "lmec-content";

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
    /// <returns>
    /// The exit code: see <see cref="ExitCodes"/>; usage errors, and an output that cannot be written, give
    /// <see cref="ExitCodes.UsageOrUnreadable"/>.
    /// </returns>
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        // Before any command sees the language asked for, the tool speaks the built-in English.
        var text = new CliText(MessageCatalog.Default, CultureInfo.InvariantCulture);
        console = console with { Output = new StandardOutputWriter(console.Output) };
        var root = new RootCommand("Reads, checks, converts and inspects documents of the LMEC content exchange.")
        {
            ValidateCommand.Create(console),
            SummaryCommand.Create(console),
            ExampleCommand.Create(console),
            ConvertCommand.Create(console),
            DigestCommand.Create(console),
            VerifyReceiptCommand.Create(console),
            SchemaCommand.Create(),
            ServeCommand.Create(console),
        };
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // The reason and where to read more: the whole help would push the reason off the screen.
            foreach (var error in parseResult.Errors)
            {
                await console.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync(text.UsageHint(CommandLine(parseResult.CommandResult))).ConfigureAwait(false);
            return ExitCodes.UsageOrUnreadable;
        }

        try
        {
            var exitCode = await parseResult.InvokeAsync(new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
            await console.Output.FlushAsync().ConfigureAwait(false);
            return exitCode;
        }
        catch (OutputUnavailableException exception)
        {
            await console.Error.WriteLineAsync(text.CannotWriteOutput(exception.Message)).ConfigureAwait(false);
            return ExitCodes.UsageOrUnreadable;
        }
    }

    private static string CommandLine(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult { Command: var current }; result = result.Parent)
        {
            names.Add(current is RootCommand ? ToolName : current.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
