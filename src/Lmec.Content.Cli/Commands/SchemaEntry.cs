using System.Text.Json;
using Lmec.Content.Schemas;

namespace Lmec.Content.Cli.Commands;

/// <summary>A published schema as the <c>schema</c> commands show it: its short name, title and exact text.</summary>
/// <param name="Schema">The schema in the catalogue.</param>
/// <param name="Text">The schema's JSON text, exactly as embedded.</param>
internal sealed record SchemaEntry(PublishedSchema Schema, string Text)
{
    private const string FileNameSuffix = ".schema.json";

    /// <summary>Gets every published schema, in the order of <see cref="ContentSchemas.All"/>.</summary>
    public static IReadOnlyList<SchemaEntry> All { get; } =
        [.. ContentSchemas.All.Select(static schema => new SchemaEntry(schema, SchemaRegistry.Default.GetText(schema.Id)))];

    /// <summary>Gets the bundle of every root document, in the order of <see cref="ContentSchemas.Bundles"/>.</summary>
    public static IReadOnlyList<SchemaEntry> Bundles { get; } =
        [.. ContentSchemas.Bundles.Select(static schema => new SchemaEntry(schema, SchemaRegistry.Default.GetText(schema.Id)))];

    /// <summary>Gets the short name, such as <c>newsletter-issue</c>: the file name without <c>.schema.json</c>.</summary>
    public string Name => Schema.FileName[..^FileNameSuffix.Length];

    /// <summary>Gets the schema's <c>title</c>, such as <c>NewsletterIssue</c>.</summary>
    public string Title { get; } = ReadTitle(Text);

    /// <summary>Finds a schema by its short name, its file name or its <c>$id</c>, ignoring case.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The schema, or <see langword="null"/> when none has that name.</returns>
    public static SchemaEntry? Find(string name) =>
        All.FirstOrDefault(entry => new[] { entry.Name, entry.Schema.FileName, entry.Schema.Id.AbsoluteUri }
            .Contains(name, StringComparer.OrdinalIgnoreCase));

    private static string ReadTitle(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("title").GetString()!;
    }
}
