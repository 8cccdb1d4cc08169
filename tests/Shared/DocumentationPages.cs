using System.Text.RegularExpressions;

namespace Lmec.Content.Testing;

/// <summary>
/// Reads the repository's Markdown pages: which pages there are, their fenced blocks with the marker line
/// before each (<c>&lt;!-- sample: read after: build --&gt;</c>, <c>&lt;!-- file: Hello/Program.cs --&gt;</c>,
/// <c>&lt;!-- commands: run --&gt;</c>, <c>&lt;!-- commands: not run, reason --&gt;</c>), and the install commands a
/// page shows outside marked command blocks, which no test would run.
/// </summary>
internal static partial class DocumentationPages
{
    // Folders that hold no page of ours: build output, installed packages, the clone's own files.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "node_modules", "artifacts" };

    /// <summary>Gets every Markdown page of the repository: the README, the changelog, <c>docs/</c>, the packages' READMEs and so on.</summary>
    /// <returns>The pages relative to the repository root, with <c>/</c> as separator, sorted.</returns>
    public static IReadOnlyList<string> All() =>
        [.. MarkdownFiles(RepositoryPaths.Root).Select(static path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    /// <summary>Gets the fenced blocks of a page, in page order, each with what its marker line says.</summary>
    /// <param name="page">The page, relative to the repository root.</param>
    /// <returns>The blocks.</returns>
    /// <exception cref="InvalidDataException">A marker cannot be read, or a block is not closed.</exception>
    public static IReadOnlyList<DocumentedBlock> Blocks(string page) => Blocks(page, ReadLines(page));

    /// <summary>Gets the fenced blocks of a page's text, in page order, each with what its marker line says.</summary>
    /// <param name="page">The page's name, for the blocks and the messages.</param>
    /// <param name="lines">The page's lines.</param>
    /// <returns>The blocks.</returns>
    /// <exception cref="InvalidDataException">A marker cannot be read, or a block is not closed.</exception>
    public static IReadOnlyList<DocumentedBlock> Blocks(string page, string[] lines)
    {
        var blocks = new List<DocumentedBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (OpeningFence().Match(lines[i]) is not { Success: true } open)
            {
                continue;
            }

            var fence = open.Groups["fence"].Value;
            var end = Array.FindIndex(lines, i + 1, line => line.Trim() is var trimmed && trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim(fence[0]).Length == 0);
            if (end < 0)
            {
                throw new InvalidDataException($"{page}:{i + 1}: the block is not closed.");
            }

            var (kind, name, after) = i > 0 ? ReadMarker(page, i, lines[i - 1]) : (DocumentedBlockKind.None, string.Empty, []);
            blocks.Add(new DocumentedBlock(page, i + 1, kind, name, after, open.Groups["info"].Value.Trim(), string.Join('\n', lines[(i + 1)..end])));
            i = end;
        }

        return blocks;
    }

    /// <summary>Gets the lines of a page that hold a marker with no fenced block right after it.</summary>
    /// <param name="page">The page, relative to the repository root.</param>
    /// <returns>The line numbers, from 1.</returns>
    public static IEnumerable<int> MarkersWithoutABlock(string page)
    {
        var lines = ReadLines(page);
        return Enumerable.Range(0, lines.Length)
            .Where(i => Marker().IsMatch(lines[i].Trim()) && (i + 1 == lines.Length || !OpeningFence().IsMatch(lines[i + 1])))
            .Select(static i => i + 1);
    }

    /// <summary>
    /// Gets the lines of a page, in prose or in a block, that show an install command outside a block marked
    /// <c>commands</c> or <c>file</c>: commands no test runs as written.
    /// </summary>
    /// <param name="page">The page, relative to the repository root.</param>
    /// <returns>Each line number, from 1, and its text.</returns>
    public static IEnumerable<(int Line, string Text)> UnmarkedInstallCommands(string page) => UnmarkedInstallCommands(page, ReadLines(page));

    /// <summary>Gets the lines of a page's text that show an install command outside a block marked <c>commands</c> or <c>file</c>.</summary>
    /// <param name="page">The page's name, for the messages.</param>
    /// <param name="lines">The page's lines.</param>
    /// <returns>Each line number, from 1, and its text.</returns>
    public static IEnumerable<(int Line, string Text)> UnmarkedInstallCommands(string page, string[] lines)
    {
        var marked = Blocks(page, lines)
            .Where(static block => block.IsMarkedCommands || block.Kind == DocumentedBlockKind.File)
            .SelectMany(static block => Enumerable.Range(block.Line + 1, block.LineCount))
            .ToHashSet();
        return Enumerable.Range(1, lines.Length)
            .Where(number => !marked.Contains(number) && InstallCommand().IsMatch(lines[number - 1]))
            .Select(number => (number, lines[number - 1].Trim()));
    }

    private static (DocumentedBlockKind Kind, string Name, IReadOnlyList<string> After) ReadMarker(string page, int fence, string line)
    {
        if (Marker().Match(line.Trim()) is not { Success: true } marker)
        {
            return (DocumentedBlockKind.None, string.Empty, []);
        }

        var value = marker.Groups["value"].Value;
        switch (marker.Groups["kind"].Value)
        {
            case "sample" when SampleValue().Match(value) is { Success: true } sample:
                return (DocumentedBlockKind.Sample, sample.Groups["name"].Value, [.. sample.Groups["after"].Captures.Select(static capture => capture.Value)]);
            case "file":
                return (DocumentedBlockKind.File, value, []);
            case "commands" when value == "run":
                return (DocumentedBlockKind.Commands, string.Empty, []);
            case "commands" when value.StartsWith("not run, ", StringComparison.Ordinal):
                return (DocumentedBlockKind.CommandsNotRun, value["not run, ".Length..], []);
            default:
                throw new InvalidDataException($"{page}:{fence}: '{line.Trim()}' is not a marker: write 'sample: name', 'sample: name after: other, another', 'file: path', 'commands: run' or 'commands: not run, reason'.");
        }
    }

    private static string[] ReadLines(string page) => File.ReadAllLines(Path.Combine(RepositoryPaths.Root, page));

    private static IEnumerable<string> MarkdownFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.md").Concat(
            Directory.EnumerateDirectories(folder)
                .Where(static child => Path.GetFileName(child) is var name && !name.StartsWith('.') && !SkippedFolders.Contains(name))
                .SelectMany(MarkdownFiles));

    // `npm ci` is left out: it installs the test's own Ajv from a lockfile, a step of .ci/run, not of a reader.
    [GeneratedRegex(@"dotnet\s+add\s+(?:\S+\s+)?package|dotnet\s+tool\s+(?:install|update)|<PackageReference|\bnpm\s+(?:install|i|add)\b|\bpip3?\s+install|\bapt(?:-get)?\s+install|\bbrew\s+install|\bwinget\s+install")]
    private static partial Regex InstallCommand();

    [GeneratedRegex(@"^<!-- (?<kind>sample|file|commands): (?<value>.+?) -->$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?<name>[a-z0-9-]+)(?: after: (?<after>[a-z0-9-]+)(?:, (?<after>[a-z0-9-]+))*)?$")]
    private static partial Regex SampleValue();

    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex OpeningFence();
}
