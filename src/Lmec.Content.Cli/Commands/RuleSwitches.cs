using System.CommandLine;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Commands;

/// <summary>
/// The options that switch a code off (<c>--ignore CODE</c>) or change its severity (<c>--severity CODE=warning</c>),
/// for every command that validates, checked as they are parsed: a code the tool does not know, or one of the reading
/// layers that no document can do without (<see cref="ValidationCodes.IsReadingCode"/>), is a usage error that says which.
/// </summary>
internal sealed class RuleSwitches
{
    private const string CodesHint = "the codes are listed in docs/validation-rules.md";

    private RuleSwitches(Option<string[]> ignore, Option<string[]> severity)
    {
        Ignore = ignore;
        Severity = severity;
    }

    /// <summary>Gets <c>--ignore</c>.</summary>
    public Option<string[]> Ignore { get; }

    /// <summary>Gets <c>--severity</c>.</summary>
    public Option<string[]> Severity { get; }

    /// <summary>Creates the options.</summary>
    /// <returns>The options, to add to a command.</returns>
    public static RuleSwitches Create()
    {
        var ignore = new Option<string[]>("--ignore")
        {
            Description = "Switch a code off, such as LMEC216; repeat it or separate codes with commas. The codes of unreadable documents (LMEC0xx, LMEC1xx, LMEC9xx, LMEC222) cannot be switched off.",
            HelpName = "CODE",
        };
        ignore.Validators.Add(static result =>
        {
            foreach (var code in Codes(result.Tokens.Select(static token => token.Value)))
            {
                if (Refuse("--ignore", code) is { } reason)
                {
                    result.AddError(reason);
                }
            }
        });

        var severity = new Option<string[]>("--severity")
        {
            Description = "Report a code as a warning or an error, such as LMEC206=warning; repeat it or separate settings with commas.",
            HelpName = "CODE=warning|error",
        };
        severity.Validators.Add(static result =>
        {
            foreach (var setting in Codes(result.Tokens.Select(static token => token.Value)))
            {
                if (!TryParseSetting(setting, out var code, out _))
                {
                    result.AddError($"--severity takes CODE=warning or CODE=error, such as LMEC206=warning, not '{setting}'.");
                }
                else if (Refuse("--severity", code) is { } reason)
                {
                    result.AddError(reason);
                }
            }
        });

        return new RuleSwitches(ignore, severity);
    }

    /// <summary>Applies what the command line asks to the options of a validation.</summary>
    /// <param name="parseResult">The parsed command line, already checked.</param>
    /// <param name="options">The options.</param>
    public void Apply(ParseResult parseResult, LmecContentOptions options)
    {
        foreach (var code in Codes(parseResult.GetValue(Ignore) ?? []))
        {
            options.DisableRule(code);
        }

        // The parse refused any setting that does not read.
        foreach (var setting in Codes(parseResult.GetValue(Severity) ?? []))
        {
            if (TryParseSetting(setting, out var code, out var level))
            {
                options.SetSeverity(code, level);
            }
        }
    }

    private static IEnumerable<string> Codes(IEnumerable<string> values) =>
        values.SelectMany(static value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(static value => value.ToUpperInvariant());

    private static string? Refuse(string option, string code)
    {
        if (!ValidationCodes.All.Contains(code))
        {
            return $"{option}: {code} is not a code of lmec-content; {CodesHint}.";
        }

        return ValidationCodes.IsReadingCode(code)
            ? $"{option}: {code} cannot be switched off or made a warning: a document with it cannot be read (LMEC0xx, LMEC1xx, LMEC9xx, LMEC222)."
            : null;
    }

    private static bool TryParseSetting(string setting, out string code, out ValidationSeverity severity)
    {
        var parts = setting.Split('=');
        code = parts[0];
        severity = parts is [_, "WARNING"] ? ValidationSeverity.Warning : ValidationSeverity.Error;
        return parts is [_, "WARNING" or "ERROR"];
    }
}
