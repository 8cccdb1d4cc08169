using System.Text.RegularExpressions;
using System.Xml.Linq;
using Lmec.Content.Testing;

namespace Lmec.Content.Documentation.Tests;

/// <summary>
/// Holds the table of getting-started that says which packages are trimming- and native-AOT-compatible to
/// the <c>IsAotCompatible</c> property of each library's project, which turns on the analyzers that prove it.
/// </summary>
public sealed partial class AotCompatibilityTests
{
    [Fact]
    public void GettingStartedTable_NamesEveryLibrary_AsItsProjectDeclares()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "getting-started.md"));

        var documented = TableRow().Matches(page).ToDictionary(static row => row.Groups["package"].Value, static row => row.Groups["claim"].Value == "yes");

        Assert.Equal(Libraries().Order(StringComparer.Ordinal), documented.Keys.Order(StringComparer.Ordinal));
        Assert.All(documented, static row => Assert.True(
            IsAotCompatible(row.Key) == row.Value,
            $"docs/getting-started.md says {row.Key} is {(row.Value ? "" : "not ")}AOT-compatible; its project says otherwise."));
    }

    // The shipped libraries: every project under src/ that is neither a program nor left out of packing.
    private static IEnumerable<string> Libraries() =>
        Directory.EnumerateDirectories(Path.Combine(RepositoryPaths.Root, "src"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(static name => File.Exists(ProjectPath(name)) && Property(name, "OutputType") is null or "Library" && Property(name, "IsPackable") != "false");

    private static bool IsAotCompatible(string project) =>
        string.Equals(Property(project, "IsAotCompatible") ?? RootProperty("IsAotCompatible"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Property(string project, string name) =>
        XDocument.Load(ProjectPath(project)).Descendants(name).LastOrDefault()?.Value.Trim();

    private static string? RootProperty(string name) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")).Descendants(name).LastOrDefault()?.Value.Trim();

    private static string ProjectPath(string project) => Path.Combine(RepositoryPaths.Root, "src", project, project + ".csproj");

    [GeneratedRegex(@"^\| `(?<package>Lmec\.Content[A-Za-z.]*)` \| (?<claim>yes|no)\b", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
