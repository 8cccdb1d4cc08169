using System.CommandLine;

namespace Lmec.Content.Cli.Commands;

/// <summary>The <c>schema show</c> command: writes one published schema's exact text to standard output.</summary>
internal static class SchemaShowCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var name = new Argument<string>("name")
        {
            Description = "The schema: its name (newsletter-issue), its file name (newsletter-issue.schema.json) or its $id; 'schema list' lists them.",
        };
        var command = new Command("show", "Writes a published schema to standard output exactly as published, byte for byte the file of that name in schemas/v1/, e.g. `lmec-content schema show newsletter-issue > newsletter-issue.schema.json`. An unknown name exits with 2.")
        {
            name,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var given = parseResult.GetValue(name)!;
            if (SchemaEntry.Find(given) is not { } entry)
            {
                var known = string.Join(", ", SchemaEntry.All.Select(static entry => entry.Name));
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(
                    $"lmec-content: no published schema is named '{given}'; name one of {known}, or give its file name or $id.").ConfigureAwait(false);
                return ExitCodes.UsageOrUnreadable;
            }

            await parseResult.InvocationConfiguration.Output.WriteAsync(entry.Text.AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
