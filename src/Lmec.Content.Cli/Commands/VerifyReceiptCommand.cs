using System.CommandLine;
using System.Globalization;
using Lmec.Content.Schemas;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Commands;

/// <summary>
/// The <c>verify-receipt</c> command: checks a validation receipt (<c>validate --receipt</c>) against the document it came
/// with: the same document (its digest), checked with the same settings, gets the same verdict today.
/// </summary>
internal static class VerifyReceiptCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="console">The terminal, whose standard input is read for <c>-</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var document = new Argument<string>("document") { Description = "The document, or - for standard input." };
        var receiptFile = new Argument<FileInfo>("receipt") { Description = "The receipt written by validate --receipt." };
        var extensionSchemas = ExtensionSchemas.CreateOption();
        var command = new Command(
            "verify-receipt",
            "Checks a validation receipt against its document: the document's digest is the receipt's, and validation with the receipt's "
            + "settings (and the extension schemas given, as the sender's) gives it the receipt's verdict and codes today. Exit code 0 when the receipt holds, 1 when it does not (each "
            + "difference on one line), 2 when the document or the receipt cannot be read.")
        {
            document,
            receiptFile,
            extensionSchemas,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(document)!;
            var file = parseResult.GetValue(receiptFile)!;
            var (bytes, readCode) = await DocumentFile.ReadBytesAsync(path, console, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                return readCode;
            }

            ValidationReceipt receipt;
            ContentValidator validator;
            try
            {
                receipt = ValidationReceipt.Parse(await File.ReadAllTextAsync(file.FullName, cancellationToken).ConfigureAwait(false));
                var options = OptionsOf(receipt);
                if (await ExtensionSchemas.RegisterAsync(parseResult.GetValue(extensionSchemas) ?? [], options, console.Error).ConfigureAwait(false) is { } unusable)
                {
                    return unusable;
                }

                validator = new ContentValidator(options, receipt.StructureChecks.Contains(typeof(SchemaValidator).FullName) ? [new SchemaValidator(options.Limits, options.Messages)] : []);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
            {
                await console.Error.WriteLineAsync($"{file}: cannot use the receipt: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.UsageOrUnreadable;
            }

            var verification = validator.VerifyReceipt(bytes, receipt);
            var output = parseResult.InvocationConfiguration.Output;
            var today = verification.Today;
            if (verification.IsVerified)
            {
                await output.WriteLineAsync($"{path}: the receipt holds: the same document ({today.Digest}), {Verdict(today)} today as on the receipt.").ConfigureAwait(false);
            }
            else
            {
                await output.WriteLineAsync($"{path}: the receipt does not hold:").ConfigureAwait(false);
                if (!verification.DigestMatches)
                {
                    await output.WriteLineAsync($"  digest: the document's is {today.Digest}, the receipt's {receipt.Digest}: it is another document, or it was changed.").ConfigureAwait(false);
                }

                if (!verification.SettingsMatch)
                {
                    await output.WriteLineAsync($"  settings: the receipt's ({Settings(receipt)}) cannot all be applied here ({Settings(today)}).").ConfigureAwait(false);
                }

                if (!verification.VerdictMatches)
                {
                    await output.WriteLineAsync($"  verdict: {Verdict(today)} today, {Verdict(receipt)} on the receipt.").ConfigureAwait(false);
                }
            }

            if (receipt.ToolVersion != today.ToolVersion || receipt.RuleCatalogue != today.RuleCatalogue || receipt.SchemaVersion != today.SchemaVersion)
            {
                await output.WriteLineAsync($"  versions: the receipt's tool {receipt.ToolVersion}, rule catalogue {receipt.RuleCatalogue}, schema {receipt.SchemaVersion}; today's {today.ToolVersion}, {today.RuleCatalogue}, {today.SchemaVersion}.").ConfigureAwait(false);
            }

            return verification.IsVerified ? ExitCodes.Success : ExitCodes.Invalid;
        });
        return command;
    }

    /// <summary>Makes the options the receipt names: its read mode, switched-off codes and severities.</summary>
    private static LmecContentOptions OptionsOf(ValidationReceipt receipt)
    {
        var options = new LmecContentOptions { ReadMode = receipt.ReadMode, Culture = CultureInfo.InvariantCulture };
        foreach (var code in receipt.DisabledRules)
        {
            options.DisableRule(code);
        }

        foreach (var (code, severity) in receipt.Severities)
        {
            options.SetSeverity(code, severity);
        }

        return options;
    }

    private static string Verdict(ValidationReceipt receipt) =>
        (receipt.IsValid ? "valid" : "invalid") + (receipt.Codes.Count == 0 ? ", no finding" : ", codes " + string.Join(" ", receipt.Codes));

    private static string Settings(ValidationReceipt receipt) =>
        string.Join("; ", new[]
        {
            receipt.ReadMode.ToString().ToLowerInvariant(),
            receipt.DisabledRules.Count == 0 ? null : "off: " + string.Join(" ", receipt.DisabledRules),
            receipt.Severities.Count == 0 ? null : "severities: " + string.Join(" ", receipt.Severities.Select(static pair => $"{pair.Key}={pair.Value.ToString().ToLowerInvariant()}")),
            receipt.PartnerRules.Count == 0 ? null : "partner rules: " + string.Join(" ", receipt.PartnerRules),
            receipt.StructureChecks.Count == 0 ? null : "checks: " + string.Join(" ", receipt.StructureChecks),
            receipt.Extensions.Count == 0 ? null : "extensions: " + string.Join(" ", receipt.Extensions),
        }.OfType<string>());
}
