using System.IO.Compression;
using System.Xml.Linq;

namespace Lmec.Content.PackageTests;

/// <summary>What a packed <c>.nupkg</c> holds: its file names and its manifest (<c>.nuspec</c>).</summary>
internal sealed class PackedPackage
{
    private PackedPackage(string id, long size, IReadOnlyList<string> entries, XElement metadata)
    {
        Id = id;
        Size = size;
        Entries = entries;
        Metadata = metadata;
    }

    /// <summary>Gets the package id.</summary>
    public string Id { get; }

    /// <summary>Gets the size of the package file, in bytes.</summary>
    public long Size { get; }

    /// <summary>Gets the paths of the files in the package, with forward slashes.</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <summary>Gets the manifest's <c>metadata</c> element.</summary>
    public XElement Metadata { get; }

    /// <summary>Gets the ids of the packages this one depends on, in order.</summary>
    public IReadOnlyList<string> DependencyIds =>
        [.. Metadata.Descendants().Where(static e => e.Name.LocalName == "dependency").Select(static e => (string)e.Attribute("id")!).Order(StringComparer.Ordinal)];

    /// <summary>Gets the target frameworks of the manifest's dependency groups.</summary>
    public IReadOnlyList<string> DependencyGroups =>
        [.. Metadata.Descendants().Where(static e => e.Name.LocalName == "group").Select(static e => (string?)e.Attribute("targetFramework") ?? "")];

    /// <summary>Reads a package from <see cref="PackageFolder"/>.</summary>
    /// <param name="id">The package id.</param>
    /// <returns>The package.</returns>
    public static PackedPackage Open(string id)
    {
        var path = PackageFolder.FileOf(id);
        Assert.True(File.Exists(path), $"{path} is missing: pack first (dotnet pack -c Release -o artifacts/packages).");
        using var archive = ZipFile.OpenRead(path);
        var nuspec = archive.Entries.Single(static entry => !entry.FullName.Contains('/', StringComparison.Ordinal) && entry.Name.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(static e => e.Name.LocalName == "metadata");
        return new PackedPackage(id, new FileInfo(path).Length, [.. archive.Entries.Select(static entry => entry.FullName)], metadata);
    }

    /// <summary>Gets the value of a metadata element, or <see langword="null"/> when the manifest has none.</summary>
    /// <param name="name">The element's name, such as <c>description</c>.</param>
    /// <returns>The value.</returns>
    public string? Get(string name) => Element(name)?.Value;

    /// <summary>Gets a metadata element, or <see langword="null"/> when the manifest has none.</summary>
    /// <param name="name">The element's name, such as <c>repository</c>.</param>
    /// <returns>The element.</returns>
    public XElement? Element(string name) => Metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);
}
