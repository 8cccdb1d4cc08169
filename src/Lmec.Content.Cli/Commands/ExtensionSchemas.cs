using System.CommandLine;
using Lmec.Content.Schemas;

namespace Lmec.Content.Cli.Commands;

/// <summary>The <c>--extension-schema</c> option of <c>validate</c> and <c>verify-receipt</c>: registers extensions from their JSON Schemas.</summary>
internal static class ExtensionSchemas
{
    /// <summary>Creates the option.</summary>
    /// <returns>The option, which may be given several times.</returns>
    public static Option<FileInfo[]> CreateOption()
    {
        var option = new Option<FileInfo[]>("--extension-schema")
        {
            HelpName = "file",
            Description = "The JSON Schema of an extension (its $id is the extension's URI) whose content documents carry under \"extensions\"; "
                + "the content is checked against it. Give the option once per extension. Content under a URI no schema names is an error (a warning with --lenient).",
        };
        option.AcceptLegalFilePathsOnly();
        return option;
    }

    /// <summary>Reads the schemas named on the command line and registers their extensions.</summary>
    /// <param name="files">The schema files.</param>
    /// <param name="options">The options to register them in.</param>
    /// <param name="error">Standard error, for the reason a schema cannot be used.</param>
    /// <returns><see langword="null"/> when every schema is registered; otherwise <see cref="ExitCodes.UsageOrUnreadable"/>.</returns>
    public static async Task<int?> RegisterAsync(IEnumerable<FileInfo> files, LmecContentOptions options, TextWriter error)
    {
        foreach (var file in files)
        {
            try
            {
                var extension = SchemaExtension.FromText(await File.ReadAllTextAsync(file.FullName).ConfigureAwait(false));
                if (options.Extensions.Any(known => known.Id == extension.Id))
                {
                    throw new ArgumentException($"another schema already has the $id {extension.Id}.");
                }

                options.Extensions.Add(extension);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
            {
                await error.WriteLineAsync($"{file}: cannot use the extension schema: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.UsageOrUnreadable;
            }
        }

        return null;
    }
}
