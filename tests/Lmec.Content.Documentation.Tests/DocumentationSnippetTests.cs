using System.Text.RegularExpressions;
using Lmec.Content.Testing;

namespace Lmec.Content.Documentation.Tests;

/// <summary>
/// Holds every C# block of the documentation to a region of the samples, which the tests compile and run:
/// a block must follow a <c>&lt;!-- sample: name --&gt;</c> line and, after the <c>using</c> lines a reader
/// pastes with it and a blank line, repeat that region word for word. A block marked
/// <c>&lt;!-- file: path --&gt;</c> is a whole file instead, which the package tests save and run.
/// </summary>
public sealed partial class DocumentationSnippetTests
{
    public static TheoryData<string> Pages() => [.. PagePaths()];

    [Theory]
    [MemberData(nameof(Pages))]
    public void CSharpBlocks_QuoteRunSamples(string page)
    {
        var regions = SampleRegions();
        foreach (var block in DocumentationPages.Blocks(page).Where(static block => block.Language == "csharp" && block.Kind != DocumentedBlockKind.File))
        {
            Assert.True(block.Kind == DocumentedBlockKind.Sample, $"{page}:{block.Line}: a C# block must follow a '<!-- sample: name -->' line naming the region it quotes, or a '<!-- file: path -->' line.");
            Assert.True(regions.TryGetValue(block.Name, out var region), $"{page}:{block.Line}: no region '{block.Name}' in the samples.");
            Assert.Equal(region, block.Body);
        }
    }

    [Fact]
    public void Regions_AreEachQuotedSomewhere()
    {
        var quoted = PagePaths().SelectMany(DocumentationPages.Blocks).Where(static block => block.Kind == DocumentedBlockKind.Sample).Select(static block => block.Name).ToHashSet();
        Assert.All(SampleRegions().Keys, name => Assert.Contains(name, quoted));
    }

    [Theory]
    [InlineData("using Lmec.Content.Model;\n\nvar a = 1;", "var a = 1;")]
    [InlineData("using System.Globalization;\nusing Lmec.Content.Model;\n\n// why\nvar a = 1;", "// why\nvar a = 1;")]
    [InlineData("var a = 1;\nusing var file = File.Create(\"x\");", "var a = 1;\nusing var file = File.Create(\"x\");")]
    public void Body_OfABlock_IsTheRegionItQuotes(string text, string region) =>
        Assert.Equal(region, new DocumentedBlock("test.md", 1, DocumentedBlockKind.Sample, "test", [], "csharp", text).Body);

    private static IEnumerable<string> PagePaths() =>
        DocumentationPages.All().Where(static page => page.StartsWith("docs/", StringComparison.Ordinal) || page == "README.md");

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

    [GeneratedRegex(@"^\s*#region (?<name>[a-z0-9-]+)\s*$")]
    private static partial Regex RegionStart();
}
