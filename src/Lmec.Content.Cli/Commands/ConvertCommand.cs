using System.CommandLine;
using System.Text;
using Lmec.Content.Interop.Ninjs;
using Lmec.Content.Interop.SchemaOrg;
using Lmec.Content.Serialization;

namespace Lmec.Content.Cli.Commands;

/// <summary>The <c>convert</c> command: exports a document to schema.org JSON-LD or IPTC ninjs.</summary>
internal static class ConvertCommand
{
    private const string JsonLd = "jsonld";
    private const string Ninjs = "ninjs";

    /// <summary>Creates the command.</summary>
    /// <param name="console">The terminal, whose standard input is read for <c>-</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The JSON document to convert, or - for standard input. An invalid document is not converted: its findings are written to standard error and the exit code is 1." };
        var format = new Option<string>("--to")
        {
            Description = "The format to write: 'jsonld' for schema.org JSON-LD, ready for a web page's <script type=\"application/ld+json\"> element; 'ninjs' for an IPTC ninjs 3.1 news item.",
            Required = true,
        };
        format.AcceptOnlyFromAmong(JsonLd, Ninjs);
        var outputFile = new Option<FileInfo>("--out")
        {
            HelpName = "file",
            Description = "The file to write, replaced if it exists; without it the result goes to standard output.",
        };
        outputFile.AcceptLegalFilePathsOnly();
        var command = new Command("convert", "Converts a document (newsletter issue, article or organisation directory) to schema.org JSON-LD or IPTC ninjs 3.1. Members the document's version does not define are read and left out.")
        {
            file,
            format,
            outputFile,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var (document, exitCode) = await DocumentFile.ReadAsync(parseResult.GetValue(file)!, console, ContentReadMode.Lenient, requireValid: true, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                return exitCode;
            }

            var text = parseResult.GetValue(format) == Ninjs
                ? NinjsExport.Export(document, new NinjsExportOptions { Indented = true })
                : SchemaOrgJsonLd.Export(document, new JsonLdExportOptions { Indented = true });
            if (parseResult.GetValue(outputFile) is not { } target)
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(text).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            try
            {
                await File.WriteAllTextAsync(target.FullName, text + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"{target}: cannot write: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.UsageOrUnreadable;
            }
        });
        return command;
    }
}
