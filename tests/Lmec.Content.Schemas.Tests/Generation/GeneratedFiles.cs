using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Lmec.Content.Schemas.Generation;
using Lmec.Content.Schemas.Tests.Conformance;
using Lmec.Content.Testing;

namespace Lmec.Content.Schemas.Tests.Generation;

/// <summary>
/// Every file under <c>schemas/v1</c> that the code generates: the schemas and their bundles, the invalid conformance documents
/// and their manifest, and the digest test vectors. Tests compare them with the committed files; <c>LMEC_UPDATE_SCHEMAS=1 dotnet test
/// tests/Lmec.Content.Schemas.Tests</c> rewrites them once, when the test assembly loads, before any test
/// is discovered or run, so that no test reads a file while it is being rewritten, and every test of that
/// run (the theories' lists of files included) sees the new files.
/// </summary>
internal static class GeneratedFiles
{
    private const string UpdateVariable = "LMEC_UPDATE_SCHEMAS";

    /// <summary>The folders, relative to <c>schemas/v1</c>, whose files matching a pattern are all generated.</summary>
    internal static readonly IReadOnlyList<(string Folder, string Pattern)> Folders =
    [
        (string.Empty, "*.schema.json"),
        ("bundled", "*.schema.json"),
        ("conformance/invalid", "*.json"),
        ("conformance/digests", "manifest.json"),
        ("conformance/digests/canonical", "*.json"),
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Current = new(Generate);

    /// <summary>Gets whether this run rewrote the committed files before its tests.</summary>
    internal static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Gets what to do when committed files differ from what the code generates.</summary>
    internal static string UpdateHint => $"Run `{UpdateVariable}=1 dotnet test tests/Lmec.Content.Schemas.Tests` to rewrite them, then review and commit the change.";

    /// <summary>Gets every generated file of this build, generated once.</summary>
    /// <value>The text of each file, by path relative to <c>schemas/v1</c> with <c>/</c> between folders.</value>
    internal static IReadOnlyDictionary<string, string> All => Current.Value;

    /// <summary>Generates every file: the schemas first, then the invalid documents from those schemas (not from the files on disk).</summary>
    /// <returns>The text of each file, by path relative to <c>schemas/v1</c>.</returns>
    internal static IReadOnlyDictionary<string, string> Generate()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var schemas = PublishedSchemaSet.Generate();
        foreach (var (fileName, text) in schemas)
        {
            files.Add(fileName, text);
        }

        var cases = InvalidCorpus.Build(new SchemaWalker(schemas.Select(static schema => schema.Value)));
        foreach (var corpusCase in cases)
        {
            files.Add("conformance/invalid/" + corpusCase.FileName, Text(corpusCase.Document));
        }

        files.Add("conformance/invalid/manifest.json", Manifest.Write(cases));
        foreach (var (path, text) in DigestVectors.Generate())
        {
            files.Add(path, text);
        }

        return files;
    }

    /// <summary>Lists the generated files a folder holds now.</summary>
    /// <param name="root">The folder that stands for <c>schemas/v1</c>.</param>
    /// <returns>The paths relative to <paramref name="root"/>, with <c>/</c> between folders, sorted.</returns>
    internal static IReadOnlyList<string> OnDisk(string root) =>
    [
        .. Folders
            .Where(folder => Directory.Exists(Path.Combine(root, folder.Folder)))
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder.Folder), folder.Pattern))
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Writes generated files into a folder, and deletes the generated files they no longer include.</summary>
    /// <param name="root">The folder that stands for <c>schemas/v1</c>.</param>
    /// <param name="files">The files, by path relative to <paramref name="root"/>.</param>
    internal static void Write(string root, IReadOnlyDictionary<string, string> files)
    {
        foreach (var stale in OnDisk(root).Where(path => !files.ContainsKey(path)))
        {
            File.Delete(Path.Combine(root, stale));
        }

        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    /// <summary>Rewrites the committed files when <c>LMEC_UPDATE_SCHEMAS=1</c>, before any test runs.</summary>
    [ModuleInitializer]
    internal static void RewriteWhenAsked()
    {
        if (Updating)
        {
            Write(RepositoryPaths.SchemasV1, All);
        }
    }

    private static string Text(JsonNode? document) => document is null ? "null\n" : SchemaText.Write(document);
}
