using System.Text.Json;
using System.Text.RegularExpressions;
using Lmec.Content.Testing;

namespace Lmec.Content.Schemas.Tests.Interop;

/// <summary>
/// The npm package of the schemas (<c>schemas/package.json</c>, <c>@lmec/content-schemas</c>): packed by <c>npm pack</c>,
/// which generates its TypeScript types, installed offline into a project of its own, and used there: Ajv validates
/// the package's examples against its schemas, and tsc type-checks them against its types.
/// </summary>
public class NpmPackageTests
{
    private static readonly string PackageFolder = Path.Combine(RepositoryPaths.Root, "schemas");

    [SkippableFact]
    public void PackedPackage_InstalledInAProject_ValidatesAndTypeChecksItsExamples()
    {
        var work = Directory.CreateTempSubdirectory("lmec-npm-");
        try
        {
            using var packed = JsonDocument.Parse(NpmTools.Npm(PackageFolder, "pack", "--json", "--pack-destination", work.FullName));
            var package = packed.RootElement[0];
            var consumer = Directory.CreateDirectory(Path.Combine(work.FullName, "consumer")).FullName;
            File.WriteAllText(Path.Combine(consumer, "package.json"), """{ "name": "consumer", "version": "1.0.0", "private": true }""");
            NpmTools.Npm(consumer, "install", "--offline", "--no-audit", "--no-fund", Path.Combine(work.FullName, package.GetProperty("filename").GetString()!));
            using var used = JsonDocument.Parse(NpmTools.Run("npm-consumer.mjs", consumer));

            Assert.Equal(ExpectedFiles(), package.GetProperty("files").EnumerateArray().Select(static file => file.GetProperty("path").GetString()!).Order(StringComparer.Ordinal));
            Assert.Equal(["article", "newsletterIssue", "organisationDirectory"], used.RootElement.GetProperty("bundles").EnumerateArray().Select(static kind => kind.GetString()));
            var examples = used.RootElement.GetProperty("examples").EnumerateArray().ToList();
            Assert.Equal(RepositoryPaths.AllExamples().Count, examples.Count);
            Assert.All(examples, static example => Assert.True(example.GetProperty("bundle").GetBoolean() && example.GetProperty("modular").GetBoolean(), example.GetProperty("file").GetString()));
            Assert.Equal(examples.Count, used.RootElement.GetProperty("typeChecked").GetInt32());
            Assert.Empty(used.RootElement.GetProperty("diagnostics").EnumerateArray());
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void PackageJson_Version_IsTheVersionOfTheNuGetPackages()
    {
        var props = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        var version = Regex.Match(props, "<VersionPrefix>(.+)</VersionPrefix>").Groups[1].Value + "-" + Regex.Match(props, "<VersionSuffix>(.+)</VersionSuffix>").Groups[1].Value;
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(PackageFolder, "package.json")));

        Assert.Equal(version, package.RootElement.GetProperty("version").GetString());
    }

    private static List<string> ExpectedFiles()
    {
        string Relative(string path) => Path.GetRelativePath(PackageFolder, path).Replace(Path.DirectorySeparatorChar, '/');
        var v1 = RepositoryPaths.SchemasV1;
        var roots = Directory.EnumerateFiles(Path.Combine(v1, "bundled"), "*.schema.json").Select(static path => Path.GetFileName(path).Replace(".schema.json", ".d.ts", StringComparison.Ordinal));
        List<string> files =
        [
            .. Directory.EnumerateFiles(v1, "*.schema.json").Select(Relative),
            .. Directory.EnumerateFiles(Path.Combine(v1, "bundled"), "*.schema.json").Select(Relative),
            .. RepositoryPaths.AllExamples().Select(Relative),
            .. roots.Append("index.d.ts").Select(static file => "types/" + file),
            "package.json",
        ];
        return [.. files.Order(StringComparer.Ordinal)];
    }
}
