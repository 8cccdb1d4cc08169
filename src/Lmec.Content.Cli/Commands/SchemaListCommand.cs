using System.CommandLine;
using System.Text.Json.Nodes;
using Lmec.Content.Serialization;

namespace Lmec.Content.Cli.Commands;

/// <summary>The <c>schema list</c> command: one line per published schema with its name, <c>$id</c> and title.</summary>
internal static class SchemaListCommand
{
    private const string Json = "json";

    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "text (for people: name, $id and title in columns) or json (for scripts: one object with a 'schemas' array).",
            DefaultValueFactory = static _ => "text",
        };
        format.AcceptOnlyFromAmong("text", Json);
        var command = new Command("list", "Lists the published schemas, one a line: the name to give 'schema show', the $id and the title. The root documents' schemas come first, then the entities', then the shared definitions (common).")
        {
            format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            IEnumerable<string> lines = parseResult.GetValue(format) == Json ? [ToJson()] : ToText();
            foreach (var line in lines)
            {
                await parseResult.InvocationConfiguration.Output.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static IEnumerable<string> ToText()
    {
        var nameWidth = SchemaEntry.All.Max(static entry => entry.Name.Length);
        var idWidth = SchemaEntry.All.Max(static entry => entry.Schema.Id.AbsoluteUri.Length);
        return SchemaEntry.All.Select(entry => $"{entry.Name.PadRight(nameWidth)}  {entry.Schema.Id.AbsoluteUri.PadRight(idWidth)}  {entry.Title}");
    }

    private static string ToJson()
    {
        var schemas = new JsonArray();
        foreach (var entry in SchemaEntry.All)
        {
            var schema = new JsonObject
            {
                ["name"] = entry.Name,
                ["fileName"] = entry.Schema.FileName,
                ["id"] = entry.Schema.Id.AbsoluteUri,
                ["title"] = entry.Title,
            };
            if (entry.Schema.DocumentKind is { } kind)
            {
                schema["kind"] = ContentJson.GetWireName(kind);
            }

            schemas.Add(schema);
        }

        return new JsonObject { ["schemas"] = schemas }.ToJsonString();
    }
}
