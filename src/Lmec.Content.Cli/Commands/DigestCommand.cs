using System.CommandLine;
using Lmec.Content.Canonicalization;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Commands;

/// <summary>The <c>digest</c> command: prints the SHA-256 digest of a document's canonical JSON.</summary>
internal static class DigestCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="console">The terminal, whose standard input is read for <c>-</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The JSON document to digest, or - for standard input." };
        var command = new Command(
            "digest",
            "Prints the SHA-256 digest of a document's canonical JSON (RFC 8785, the JSON Canonicalization Scheme) on one line, "
            + "as 'sha256:<64 lowercase hexadecimal digits>', two spaces and the file name, like sha256sum. The digest is the same for "
            + "every writing of the same document, whatever its white space, member order or escapes, so sender and receiver can "
            + "compare it. It is taken over the document as this tool reads and writes it (members of newer versions kept, null members "
            + "and empty lists left out, timestamps in their shortest form), so for a file already in that form, such as one this tool "
            + "or the SDK wrote, it is the RFC 8785 digest of the file itself, which any JCS implementation computes.")
        {
            file,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            var error = parseResult.InvocationConfiguration.Error;
            var (document, exitCode) = await DocumentFile.ReadAsync(path, console, ContentReadMode.Lenient, requireValid: false, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                return exitCode;
            }

            try
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync($"{CanonicalJson.ComputeDigest(document)}  {path}").ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (ContentValidationException exception)
            {
                await error.WriteLineAsync($"{path}: cannot canonicalize: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.Invalid;
            }
        });
        return command;
    }
}
