namespace Lmec.Content.PackageTests;

/// <summary>Each package depends on what the design names and on nothing else.</summary>
public sealed class PackageDependencyTests
{
    [Fact]
    public void Content_DependsOnlyOnDependencyInjectionAbstractions()
    {
        var package = PackedPackage.Open("Lmec.Content");

        Assert.Equal(["net10.0"], package.DependencyGroups);
        Assert.Equal(["Microsoft.Extensions.DependencyInjection.Abstractions"], package.DependencyIds);
    }

    [Fact]
    public void Schemas_DependsOnlyOnContentAndNJsonSchema()
    {
        var package = PackedPackage.Open("Lmec.Content.Schemas");

        Assert.Equal(["net10.0"], package.DependencyGroups);
        Assert.Equal(["Lmec.Content", "NJsonSchema"], package.DependencyIds);
    }

    [Fact]
    public void Interop_DependsOnlyOnContentOfTheSameVersion()
    {
        var package = PackedPackage.Open("Lmec.Content.Interop");

        Assert.Equal(["net10.0"], package.DependencyGroups);
        Assert.Equal(["Lmec.Content"], package.DependencyIds);
        var dependency = package.Metadata.Descendants().Single(static e => e.Name.LocalName == "dependency");
        Assert.Equal(PackageFolder.Version, (string?)dependency.Attribute("version"));
    }

    [Fact]
    public void Tool_DependsOnNothing()
    {
        Assert.Empty(PackedPackage.Open("Lmec.Content.Cli").DependencyIds);
    }
}
