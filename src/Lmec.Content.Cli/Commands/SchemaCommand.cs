using System.CommandLine;

namespace Lmec.Content.Cli.Commands;

/// <summary>The <c>schema</c> command: lists, shows and exports the published JSON Schemas the tool embeds.</summary>
internal static class SchemaCommand
{
    /// <summary>Creates the command and its subcommands.</summary>
    /// <returns>The command.</returns>
    public static Command Create() =>
        new("schema", "Lists, shows and exports the published JSON Schemas (draft-07) of version 1, for validators on other stacks. The tool embeds them: nothing is fetched.")
        {
            SchemaListCommand.Create(),
            SchemaShowCommand.Create(),
            SchemaExportCommand.Create(),
        };
}
