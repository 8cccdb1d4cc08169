using System.Text.RegularExpressions;
using Lmec.Content.Testing;

namespace Lmec.Content.Documentation.Tests;

/// <summary>
/// Holds every C# block of the documentation to a region of the samples, which the tests compile and run:
/// a block must follow a <c>&lt;!-- sample: name --&gt;</c> line and repeat that region word for word.
/// </summary>
public sealed partial class DocumentationSnippetTests
{
    public static TheoryData<string> Pages() => [.. PagePaths()];

    [Theory]
    [MemberData(nameof(Pages))]
    public void CSharpBlocks_QuoteRunSamples(string page)
    {
        var regions = SampleRegions();
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, page));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            var marker = i > 0 ? SampleMarker().Match(lines[i - 1]) : Match.Empty;
            Assert.True(marker.Success, $"{page}:{i + 1}: a C# block must follow a '<!-- sample: name -->' line naming the region it quotes.");
            var name = marker.Groups["name"].Value;
            Assert.True(regions.TryGetValue(name, out var region), $"{page}:{i + 1}: no region '{name}' in the samples.");
            var end = Array.FindIndex(lines, i + 1, line => line.Trim() == "```");
            Assert.True(end > i, $"{page}:{i + 1}: the block is not closed.");
            Assert.Equal(region, string.Join('\n', lines[(i + 1)..end]));
        }
    }

    [Fact]
    public void Regions_AreEachQuotedSomewhere()
    {
        var pages = string.Concat(PagePaths().Select(page => File.ReadAllText(Path.Combine(RepositoryPaths.Root, page))));
        Assert.All(SampleRegions().Keys, name => Assert.Contains($"<!-- sample: {name} -->", pages, StringComparison.Ordinal));
    }

    private static IEnumerable<string> PagePaths() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md").Append(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path)).Order(StringComparer.Ordinal);

    private static Dictionary<string, string> SampleRegions()
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "Lmec.Content.Documentation.Tests", "Samples");
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs"))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var start = RegionStart().Match(lines[i]);
                if (!start.Success)
                {
                    continue;
                }

                var end = Array.FindIndex(lines, i + 1, line => line.Trim() == "#endregion");
                var body = lines[(i + 1)..end];
                var indent = body.Where(line => line.Trim().Length > 0).Min(line => line.Length - line.TrimStart().Length);
                regions.Add(start.Groups["name"].Value, string.Join('\n', body.Select(line => line.Length >= indent ? line[indent..] : line.Trim())));
            }
        }

        return regions;
    }

    [GeneratedRegex(@"^\s*<!-- sample: (?<name>[a-z0-9-]+) -->\s*$")]
    private static partial Regex SampleMarker();

    [GeneratedRegex(@"^\s*#region (?<name>[a-z0-9-]+)\s*$")]
    private static partial Regex RegionStart();
}
