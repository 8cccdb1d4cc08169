using System.CommandLine;
using System.Globalization;
using Lmec.Content.Cli.Inputs;
using Lmec.Content.Cli.Reporting;
using Lmec.Content.Localization;
using Lmec.Content.Reports;
using Lmec.Content.Schemas;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Commands;

/// <summary>
/// The <c>validate</c> command: checks documents in files, folders, standard input and <c>.ndjson</c>
/// archives, and reports every problem with file, line, column, code, pointer and message.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="console">The terminal.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (searched recursively for .json and .ndjson files), - for standard input, or .ndjson archives (one document a line).",
            Arity = ArgumentArity.OneOrMore,
        };

        // The argument takes every token that is not a known option, so a mistyped option would be read as a path.
        paths.Validators.Add(static result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });

        var format = new Option<string>("--format")
        {
            Description = "text (for people), json (for scripts), sarif (SARIF 2.1.0, for CI systems that show findings inline) or html (one page for people, each finding with the line it points at).",
            DefaultValueFactory = static _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "html");
        var language = new Option<string>("--lang")
        {
            Description = $"The language of the messages: {string.Join(", ", MessageCatalog.Default.Languages)}, or one added with --messages; a regional tag such as zh-CN takes its language's messages.",
            DefaultValueFactory = static _ => "en",
            HelpName = string.Join("|", MessageCatalog.Default.Languages),
        };
        language.Validators.Add(static result =>
        {
            if (result.Tokens is [{ } token] && !TryGetCulture(token.Value, out _))
            {
                result.AddError($"--lang must be a language tag, such as en or zh-Hans, not '{token.Value}'.");
            }
        });
        var messages = new Option<string>("--messages")
        {
            Description = "A message file named after its language (such as zh-Hans.txt), or a folder of them, whose entries correct or add to the built-in messages.",
            HelpName = "file|folder",
        };
        var schema = new Option<bool>("--schema")
        {
            Description = "Also check each document against the published JSON Schemas, as partners' own schema validators do; a fault both checks find is reported once, with the same code.",
        };
        var lenient = new Option<bool>("--lenient")
        {
            Description = "Accept members this version does not know (documents of a newer minor version) and report them as warnings.",
        };
        var maxErrors = new Option<int?>("--max-errors")
        {
            Description = "Stop after this many errors in all, e.g. on a large archive.",
            CustomParser = static result =>
            {
                var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
                {
                    return count;
                }

                result.AddError($"--max-errors must be a whole number of at least 1, not '{value}'.");
                return null;
            },
        };

        var parallel = new Option<int>("--parallel")
        {
            Description = "How many documents to check at once; the report is the same, in the same order, whatever the number. 1 checks one after the other.",
            DefaultValueFactory = static _ => Environment.ProcessorCount,
            HelpName = "N",
            CustomParser = static result =>
            {
                var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
                {
                    return count;
                }

                result.AddError($"--parallel must be a whole number of at least 1, not '{value}'.");
                return 0;
            },
        };

        var receipt = ReceiptRecorder.CreateOption();
        var extensionSchemas = ExtensionSchemas.CreateOption();
        var rules = RuleSwitches.Create();
        var command = new Command("validate", "Checks documents and reports every problem: exit code 0 when all are valid (warnings allowed), 1 when any is invalid, 2 for a usage error or an input that cannot be read.")
        {
            paths, format, language, messages, lenient, schema, maxErrors, parallel, rules.Ignore, rules.Severity, receipt, extensionSchemas,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            TryGetCulture(parseResult.GetValue(language)!, out var culture);
            var catalog = MessageCatalog.Default;
            if (parseResult.GetValue(messages) is { } path)
            {
                try
                {
                    catalog = MessageCatalog.Load(path);
                }
                catch (Exception exception) when (exception is MessageCatalogException or IOException or UnauthorizedAccessException)
                {
                    await console.Error.WriteLineAsync(new CliText(catalog, culture).CannotUseMessages(exception.Message)).ConfigureAwait(false);
                    return ExitCodes.UsageOrUnreadable;
                }
            }

            var text = new CliText(catalog, culture);
            if (catalog.FindLanguage(culture) is null)
            {
                await console.Error.WriteLineAsync(text.UnknownLanguage(culture.Name)).ConfigureAwait(false);
                return ExitCodes.UsageOrUnreadable;
            }

            var options = new LmecContentOptions
            {
                ReadMode = parseResult.GetValue(lenient) ? ContentReadMode.Lenient : ContentReadMode.Strict,
                Culture = culture,
                Messages = catalog,
            };
            rules.Apply(parseResult, options);
            if (await ExtensionSchemas.RegisterAsync(parseResult.GetValue(extensionSchemas) ?? [], options, console.Error).ConfigureAwait(false) is { } unusable)
            {
                return unusable;
            }

            var validator = new ContentValidator(options, parseResult.GetValue(schema) ? [new SchemaValidator(options.Limits, options.Messages)] : []);
            var recorder = parseResult.GetValue(receipt) is null ? null : new ReceiptRecorder(validator);
            var run = new ValidationRun(
                validator,
                new InputReader(console.OpenInput, options.Limits.MaxDocumentBytes),
                ReportWriters.Create(Enum.Parse<ReportFormat>(parseResult.GetValue(format)!, ignoreCase: true), console, new ReportText(catalog, culture)),
                console,
                text,
                parseResult.GetValue(maxErrors),
                parseResult.GetValue(parallel),
                recorder is null ? null : recorder.Record);
            var exitCode = await run.ExecuteAsync(parseResult.GetValue(paths)!, cancellationToken).ConfigureAwait(false);
            return recorder is null ? exitCode : await recorder.WriteAsync(parseResult.GetValue(receipt)!, console.Error, cancellationToken).ConfigureAwait(false) ?? exitCode;
        });
        return command;
    }

    private static bool TryGetCulture(string tag, out CultureInfo culture)
    {
        culture = CultureInfo.InvariantCulture;
        if (tag.Length == 0)
        {
            return false;
        }

        try
        {
            culture = CultureInfo.GetCultureInfo(tag);
            return culture.Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
