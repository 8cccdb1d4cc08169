namespace Lmec.Content.Testing;

/// <summary>Finds the repository's files, and the shared reference material beside the checkout.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>Gets the repository root: the folder that holds <c>Lmec.Content.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>Gets <c>schemas/v1</c>.</summary>
    public static string SchemasV1 => Path.Combine(Root, "schemas", "v1");

    /// <summary>Gets <c>schemas/v1/examples</c>.</summary>
    public static string Examples => Path.Combine(SchemasV1, "examples");

    /// <summary>Gets the path of an example document, such as <c>newsletter-2023-06.json</c>.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The full path.</returns>
    public static string Example(string fileName) => Path.Combine(Examples, fileName);

    /// <summary>Gets every example document.</summary>
    /// <returns>The full paths, sorted.</returns>
    public static IReadOnlyList<string> AllExamples() =>
        [.. Directory.EnumerateFiles(Examples, "*.json").Order(StringComparer.Ordinal)];

    /// <summary>
    /// Gets the shared reference folder (<c>../shared/reference</c> beside the checkout), or
    /// <see langword="null"/> when it is not there.
    /// </summary>
    public static string? SharedReference
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Lmec.Content.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No Lmec.Content.sln above " + AppContext.BaseDirectory);
    }
}
