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
            + "as 'sha256:<64 lowercase hexadecimal digits>', two spaces and the file name, like sha256sum. It is the digest of the bytes "
            + "read, canonicalized with no other change: any RFC 8785 implementation and SHA-256 give the same, and every writing of the "
            + "same JSON (white space, member order, escapes) has the same digest. The input must be a document (of a newer version too): "
            + "what is not gets its findings and exit code 1.")
        {
            file,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            var error = parseResult.InvocationConfiguration.Error;
            var (bytes, readCode) = await DocumentFile.ReadBytesAsync(path, console, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                return readCode;
            }

            var (document, exitCode) = DocumentFile.Read(path, bytes, console, ContentReadMode.Lenient, requireValid: false);
            if (document is null)
            {
                return exitCode;
            }

            try
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync($"{CanonicalJson.ComputeDigest(bytes)}  {path}").ConfigureAwait(false);
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
