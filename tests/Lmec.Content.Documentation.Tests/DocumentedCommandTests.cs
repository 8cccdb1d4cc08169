using System.Text.RegularExpressions;
using Lmec.Content.Testing;

namespace Lmec.Content.Documentation.Tests;

/// <summary>
/// Holds every install command a page shows to a marked block, which the package tests run as written
/// (<c>DocumentedCommandsTests</c>), and every page that installs our packages to building them first, as long as
/// they are not on a public feed.
/// </summary>
public sealed partial class DocumentedCommandTests
{
    // The changelog tells what changed, in past commands too; a reader does not run it.
    public static TheoryData<string> Pages() => [.. DocumentationPages.All().Where(static page => page != "CHANGELOG.md")];

    [Theory]
    [MemberData(nameof(Pages))]
    public void InstallCommands_OfAPage_AreInMarkedCommandBlocks(string page)
    {
        var unmarked = DocumentationPages.UnmarkedInstallCommands(page).Select(line => $"{page}:{line.Line}: {line.Text}");

        Assert.True(!unmarked.Any(), "Install commands outside a block after '<!-- commands: run -->' (or '<!-- commands: not run, reason -->'), which no test runs:\n" + string.Join('\n', unmarked));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Markers_OfAPage_EachPrecedeABlockOfTheirKind(string page)
    {
        Assert.Empty(DocumentationPages.MarkersWithoutABlock(page).Select(line => $"{page}:{line}: a marker with no fenced block right after it"));
        Assert.All(DocumentationPages.Blocks(page).Where(static block => block.IsMarkedCommands), static block => Assert.True(block.Language == "sh", $"{block.Page}:{block.Line}: commands go in a sh block."));
        Assert.All(DocumentationPages.Blocks(page).Where(static block => block.Kind == DocumentedBlockKind.Sample), static block => Assert.True(block.Language == "csharp", $"{block.Page}:{block.Line}: a sample goes in a csharp block."));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Pages_ThatInstallOurPackages_SayTheyAreNotOnAPublicFeedAndPackThemFirst(string page)
    {
        var blocks = DocumentationPages.Blocks(page);
        var install = blocks.FirstOrDefault(static block => block.IsMarkedCommands && OurInstall().IsMatch(block.Text));
        if (install is null)
        {
            return;
        }

        var before = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, page))[..install.Line];
        Assert.True(
            before.Any(static line => line.Contains("not on a public feed yet", StringComparison.OrdinalIgnoreCase)),
            $"{page}:{install.Line}: say that the packages are not on a public feed yet before the first command that installs one.");
        var pack = blocks.Where(block => block.Kind == DocumentedBlockKind.Commands && block.Line <= install.Line).SelectMany(static block => block.Text.Split('\n'));
        Assert.True(
            pack.TakeWhile(static line => !OurInstall().IsMatch(line)).Any(static line => line.TrimStart().StartsWith("dotnet pack ", StringComparison.Ordinal)),
            $"{page}:{install.Line}: pack the packages into a folder ('dotnet pack', in a block that is run) before installing one of them.");
    }

    [Fact]
    public void UnmarkedInstallCommands_InProseAndInUnmarkedBlocks_AreFound()
    {
        string[] page =
        [
            "Run `dotnet add package Lmec.Content` first.",
            "<!-- commands: run -->",
            "```sh",
            "dotnet tool install Lmec.Content.Cli --tool-path tools",
            "```",
            "```sh",
            "npm install ajv@8",
            "```",
            "<!-- file: Hello/Hello.csproj -->",
            "```xml",
            "<PackageReference Include=\"Lmec.Content\" />",
            "```",
            "<!-- commands: not run, needs a public feed -->",
            "```sh",
            "python3 -m pip install jsonschema",
            "```",
        ];

        var found = DocumentationPages.UnmarkedInstallCommands("test.md", page).Select(static line => line.Line);

        Assert.Equal([1, 7], found);
    }

    [Fact]
    public void Blocks_OfMarkers_SayWhatEachIs()
    {
        string[] page =
        [
            "<!-- sample: write after: build, read -->",
            "```csharp",
            "```",
            "<!-- commands: not run, needs a public feed -->",
            "```sh",
            "npm install ajv@8",
            "```",
            "<!-- file: Hello/Program.cs -->",
            "~~~csharp",
            "Console.WriteLine(\"```\");",
            "~~~",
        ];

        var blocks = DocumentationPages.Blocks("test.md", page);

        Assert.Equal(
            [(DocumentedBlockKind.Sample, "write", "build read"), (DocumentedBlockKind.CommandsNotRun, "needs a public feed", ""), (DocumentedBlockKind.File, "Hello/Program.cs", "")],
            blocks.Select(static block => (block.Kind, block.Name, string.Join(' ', block.After))));
        Assert.Equal("Console.WriteLine(\"```\");", blocks[2].Text);
    }

    [Fact]
    public void Blocks_AfterAMarkerThatCannotBeRead_Throw() =>
        Assert.Throws<InvalidDataException>(() => DocumentationPages.Blocks("test.md", ["<!-- commands: maybe -->", "```sh", "```"]));

    [GeneratedRegex(@"dotnet\s+add\s+(?:\S+\s+)?package\s+Lmec\.|dotnet\s+tool\s+(?:install|update)\s+(?:\S+\s+)*?Lmec\.")]
    private static partial Regex OurInstall();
}
