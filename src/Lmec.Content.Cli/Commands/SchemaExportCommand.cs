using System.CommandLine;

namespace Lmec.Content.Cli.Commands;

/// <summary>The <c>schema export</c> command: writes every published schema into a folder, under its published file name.</summary>
internal static class SchemaExportCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var folder = new Option<DirectoryInfo>("--out")
        {
            HelpName = "dir",
            Description = "The folder to write the schemas into, created with its parents if it does not exist.",
            Required = true,
        };
        folder.AcceptLegalFilePathsOnly();
        var bundled = new Option<bool>("--bundled")
        {
            Description = "Writes instead one self-contained schema per root document (newsletter-issue.schema.json, article-document.schema.json, "
                + "organisation-directory.schema.json), every definition inside it, for tools that read a single file and know no base URI.",
        };
        var command = new Command(
            "export",
            "Writes every published schema into a folder under its file name in schemas/v1/ (newsletter-issue.schema.json, common.schema.json, ...), "
            + "so that their relative $refs resolve there, and says how many files it wrote. A file of the same name already in the folder "
            + "is replaced; other files are left as they are, never deleted. A folder that cannot be written exits with 2.")
        {
            folder,
            bundled,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var target = parseResult.GetValue(folder)!;
            var entries = parseResult.GetValue(bundled) ? SchemaEntry.Bundles : SchemaEntry.All;
            try
            {
                Directory.CreateDirectory(target.FullName);
                foreach (var entry in entries)
                {
                    await File.WriteAllTextAsync(Path.Combine(target.FullName, Path.GetFileName(entry.Schema.FileName)), entry.Text, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"{target}: cannot write: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.UsageOrUnreadable;
            }

            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Wrote {entries.Count} schema files to {target}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
