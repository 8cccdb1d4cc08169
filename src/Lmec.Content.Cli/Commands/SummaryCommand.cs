using System.CommandLine;
using System.Text.Json;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Cli.Commands;

/// <summary>The <c>summary</c> command: reads a document and prints what it holds.</summary>
internal static class SummaryCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The JSON document to read." };
        var command = new Command("summary", "Reads a document (newsletter issue, article or organisation directory) and prints a summary of it.")
        {
            file,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            ContentDocument document;
            try
            {
                await using var stream = path.OpenRead();
                document = await ContentJson.DeserializeAsync<ContentDocument>(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"{path}: cannot read: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.UsageOrUnreadable;
            }
            catch (JsonException exception)
            {
                await error.WriteLineAsync($"{path}({exception.LineNumber + 1},{exception.BytePositionInLine + 1}): {exception.Path}: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.Invalid;
            }

            DocumentSummary.Write(output, document);
            return ExitCodes.Success;
        });
        return command;
    }
}
