using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Lmec.Content.PackageTests;

public sealed partial class PackageMetadataTests
{
    // The kind of custom debug information that holds a document's source text in a portable PDB.
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    public static TheoryData<string> Libraries => ["Lmec.Content", "Lmec.Content.Schemas", "Lmec.Content.Interop", "Lmec.Content.AspNetCore"];

    public static TheoryData<string> AllPackages => [.. Libraries, "Lmec.Content.Cli"];

    public static TheoryData<string> ToolPlatforms => [.. ToolRuntimeIdentifiers];

    // The platforms of the tool's packages, in the order the pointer package names them (Lmec.Content.Cli.csproj).
    private static readonly string[] ToolRuntimeIdentifiers = ["linux-x64", "win-x64", "osx-arm64", "any"];

    [Theory]
    [MemberData(nameof(AllPackages))]
    public void Nuspec_DescribesThePackage(string id)
    {
        var package = PackedPackage.Open(id);

        Assert.Equal(id, package.Get("id"));
        Assert.Equal(PackageFolder.Version, package.Get("version"));
        Assert.False(string.IsNullOrWhiteSpace(package.Get("description")));
        Assert.Contains("lmec", package.Get("tags")!.Split(' '));
        Assert.Equal("expression", (string?)package.Element("license")!.Attribute("type"));
        Assert.Equal("MIT", package.Get("license"));
        Assert.False(string.IsNullOrWhiteSpace(package.Get("projectUrl")));
        Assert.Equal("README.md", package.Get("readme"));
        Assert.Contains("README.md", package.Entries);
        Assert.Contains("CHANGELOG.md", package.Entries);
    }

    [Theory]
    [MemberData(nameof(AllPackages))]
    public void Nuspec_NamesTheCommitItWasBuiltFrom(string id)
    {
        var repository = PackedPackage.Open(id).Element("repository");

        Assert.NotNull(repository);
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Matches(CommitPattern(), (string?)repository.Attribute("commit") ?? "");
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Library_ShipsAssemblyAndXmlDocumentation(string id)
    {
        var package = PackedPackage.Open(id);

        Assert.Contains($"lib/net10.0/{id}.dll", package.Entries);
        Assert.Contains($"lib/net10.0/{id}.xml", package.Entries);
        Assert.DoesNotContain(package.Entries, static entry => entry.EndsWith(".pdb", StringComparison.Ordinal));
    }

    [Fact]
    public void Tool_PointerPackage_NamesOnePackagePerPlatformAndHoldsNoBinaries()
    {
        var package = PackedPackage.Open("Lmec.Content.Cli");
        using var settings = ReadEntry(PackageFolder.FileOf("Lmec.Content.Cli"), "tools/any/any/DotnetToolSettings.xml");
        var document = XDocument.Load(settings);

        Assert.Equal("DotnetTool", (string?)package.Element("packageTypes")!.Elements().Single().Attribute("name"));
        Assert.Equal("lmec-content", (string?)document.Descendants("Command").Single().Attribute("Name"));
        Assert.Equal(
            ToolRuntimeIdentifiers.Select(static rid => (rid, $"Lmec.Content.Cli.{rid}")),
            document.Descendants("RuntimeIdentifierPackage").Select(static e => ((string)e.Attribute("RuntimeIdentifier")!, (string)e.Attribute("Id")!)));
        Assert.DoesNotContain(package.Entries, static entry => entry.EndsWith(".dll", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ToolPlatforms))]
    public void Tool_PlatformPackage_IsTheLmecContentToolWithoutDocumentationFiles(string runtimeIdentifier)
    {
        var package = PackedPackage.Open($"Lmec.Content.Cli.{runtimeIdentifier}");

        Assert.Equal("DotnetToolRidPackage", (string?)package.Element("packageTypes")!.Elements().Single().Attribute("name"));
        Assert.Contains($"tools/net10.0/{runtimeIdentifier}/DotnetToolSettings.xml", package.Entries);
        Assert.Contains($"tools/net10.0/{runtimeIdentifier}/lmec-content.dll", package.Entries);
        Assert.DoesNotContain(package.Entries, static entry => entry.StartsWith("tools/", StringComparison.Ordinal) && entry.EndsWith(".xml", StringComparison.Ordinal) && !entry.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ToolPlatforms))]
    public void Tool_PlatformPackage_IsReadyToRunExceptThePortableOne(string runtimeIdentifier)
    {
        foreach (var assembly in new[] { "lmec-content", "Lmec.Content" })
        {
            using var dll = ReadEntry(PackageFolder.FileOf($"Lmec.Content.Cli.{runtimeIdentifier}"), $"tools/net10.0/{runtimeIdentifier}/{assembly}.dll");
            using var peReader = new PEReader(dll);

            // A ReadyToRun image points its CLI header at the native code's header; an IL-only assembly has none.
            var isReadyToRun = peReader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
            Assert.True(isReadyToRun == (runtimeIdentifier != "any"), $"{assembly}.dll for {runtimeIdentifier}: ReadyToRun {isReadyToRun}.");
        }
    }

    [Theory]
    [MemberData(nameof(AllPackages))]
    public void Binary_IsDeterministicWithPathsMappedAndGeneratedSourcesEmbedded(string id)
    {
        // The tool's binaries are in its platforms' packages: the portable one is built as the libraries are.
        var (package, assembly) = id == "Lmec.Content.Cli" ? ("Lmec.Content.Cli.any", "tools/net10.0/any/lmec-content") : (id, $"lib/net10.0/{id}");
        using var dll = ReadEntry(PackageFolder.FileOf(package), assembly + ".dll");
        using var pdb = ReadEntry(PackageFolder.FileOf(package, symbols: true), assembly + ".pdb");

        using (var peReader = new PEReader(dll))
        {
            Assert.Contains(peReader.ReadDebugDirectory(), static entry => entry.Type == DebugDirectoryEntryType.Reproducible);
        }

        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var documents = reader.Documents.Select(handle => (Handle: handle, Name: reader.GetString(reader.GetDocument(handle).Name))).ToList();
        Assert.NotEmpty(documents);
        Assert.All(documents, static document => Assert.StartsWith("/_/", document.Name, StringComparison.Ordinal));

        var embedded = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(information => reader.GetGuid(information.Kind) == EmbeddedSourceKind && information.Parent.Kind == HandleKind.Document)
            .Select(static information => (DocumentHandle)information.Parent)
            .ToHashSet();
        Assert.All(
            documents.Where(static document => document.Name.Contains("/obj/", StringComparison.Ordinal)),
            document => Assert.True(embedded.Contains(document.Handle), $"{document.Name} is generated but not embedded in the PDB."));
    }

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex CommitPattern();

    private static MemoryStream ReadEntry(string packagePath, string entryName)
    {
        Assert.True(File.Exists(packagePath), $"{packagePath} is missing: pack first.");
        using var archive = ZipFile.OpenRead(packagePath);
        var entry = archive.GetEntry(entryName);
        Assert.True(entry is not null, $"{entryName} is not in {Path.GetFileName(packagePath)}.");
        var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        return copy;
    }
}
