using System.CommandLine;

namespace Lmec.Content.Cli.Commands;

/// <summary>The <c>example</c> command: writes an example document to standard output, to try <c>validate</c> on at once.</summary>
internal static class ExampleCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="console">Where to write.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var kind = new Option<string>("--kind")
        {
            Description = "Which example: issue (the LMEC newsletter, Issue 6, 2023), article (a partner's submission) or directory (the Lancang-Mekong environment ministries).",
            DefaultValueFactory = static _ => "issue",
        };
        kind.AcceptOnlyFromAmong("issue", "article", "directory");
        var command = new Command("example", "Writes an example document to standard output, e.g. `lmec-content example > issue.json`.") { kind };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await console.Output.WriteAsync(ReadExample(Enum.Parse<ExampleKind>(parseResult.GetValue(kind)!, ignoreCase: true)).AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads an example document shipped with the tool.</summary>
    /// <param name="kind">Which example.</param>
    /// <returns>The document's text.</returns>
    public static string ReadExample(ExampleKind kind)
    {
        var name = kind switch
        {
            ExampleKind.Article => "article-asia-foundation-submission.json",
            ExampleKind.Directory => "organisation-directory-lancang-mekong-ministries.json",
            _ => "newsletter-2023-06.json",
        };
        using var stream = typeof(ExampleCommand).Assembly.GetManifestResourceStream("examples/" + name)
            ?? throw new InvalidOperationException($"The tool was built without its example '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
