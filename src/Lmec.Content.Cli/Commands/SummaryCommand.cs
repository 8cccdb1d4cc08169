using System.CommandLine;
using Lmec.Content.Serialization;

namespace Lmec.Content.Cli.Commands;

/// <summary>The <c>summary</c> command: reads a document and prints what it holds.</summary>
internal static class SummaryCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="console">The terminal, whose standard input is read for <c>-</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The JSON document to read, or - for standard input." };
        var command = new Command("summary", "Reads a document (newsletter issue, article or organisation directory) and prints a summary of it.")
        {
            file,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (document, exitCode) = await DocumentFile.ReadAsync(parseResult.GetValue(file)!, console, ContentReadMode.Strict, requireValid: false, cancellationToken).ConfigureAwait(false);
            if (document is not null)
            {
                DocumentSummary.Write(parseResult.InvocationConfiguration.Output, document);
            }

            return exitCode;
        });
        return command;
    }
}
