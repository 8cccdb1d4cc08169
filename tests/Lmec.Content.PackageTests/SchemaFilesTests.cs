using System.IO.Compression;
using Lmec.Content.Schemas;
using Lmec.Content.Testing;

namespace Lmec.Content.PackageTests;

/// <summary>The schemas and their bundles ship in Lmec.Content.Schemas twice: embedded, and as plain files for other stacks.</summary>
public sealed class SchemaFilesTests
{
    private const string Folder = "content/schemas/v1/";

    [Fact]
    public void Package_HoldsEveryPublishedSchemaAsAPlainFileUnchanged()
    {
        var published = Directory.EnumerateFiles(RepositoryPaths.SchemasV1, "*.schema.json")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.SchemasV1, "bundled"), "*.schema.json"))
            .Select(static path => Path.GetRelativePath(RepositoryPaths.SchemasV1, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        using var archive = ZipFile.OpenRead(PackageFolder.FileOf("Lmec.Content.Schemas"));

        var packed = archive.Entries.Where(static entry => entry.FullName.StartsWith(Folder, StringComparison.Ordinal)).ToList();

        Assert.Equal(published, packed.Select(static entry => entry.FullName[Folder.Length..]).Order(StringComparer.Ordinal));
        foreach (var entry in packed)
        {
            using var reader = new StreamReader(entry.Open());
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.SchemasV1, entry.FullName[Folder.Length..])), reader.ReadToEnd());
        }
    }

    [Fact]
    public void Registry_ResolvesEveryPackedFileByItsId()
    {
        using var archive = ZipFile.OpenRead(PackageFolder.FileOf("Lmec.Content.Schemas"));

        foreach (var entry in archive.Entries.Where(static entry => entry.FullName.StartsWith(Folder, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            Assert.Equal(reader.ReadToEnd(), SchemaRegistry.Default.GetText(new Uri(ContentSchemas.BaseUri, entry.FullName[Folder.Length..])));
        }

        Assert.Equal(ContentSchemas.All.Count + ContentSchemas.Bundles.Count, SchemaRegistry.Default.Ids.Count);
    }
}
