using System.Reflection;
using Lmec.Content.Testing;

namespace Lmec.Content.PackageTests;

/// <summary>The packages under test: those that <c>dotnet pack -c Release -o artifacts/packages</c> produced.</summary>
internal static class PackageFolder
{
    /// <summary>Gets the folder, <c>artifacts/packages</c> in the repository.</summary>
    public static string Path { get; } = System.IO.Path.Combine(RepositoryPaths.Root, "artifacts", "packages");

    /// <summary>Gets the version of every package: the one version the build sets.</summary>
    public static string Version { get; } = typeof(PackageFolder).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(static attribute => attribute.Key == "LmecPackageVersion").Value!;

    /// <summary>Gets the path of a package's file.</summary>
    /// <param name="id">The package id.</param>
    /// <param name="symbols">Whether to name the symbol package (<c>.snupkg</c>) instead.</param>
    /// <returns>The full path.</returns>
    public static string FileOf(string id, bool symbols = false) =>
        System.IO.Path.Combine(Path, $"{id}.{Version}.{(symbols ? "snupkg" : "nupkg")}");
}
