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
    public void AspNetCore_DependsOnContentSchemasOpenApiAndTheAspNetCoreFramework()
    {
        var package = PackedPackage.Open("Lmec.Content.AspNetCore");

        // One group of package dependencies and one of framework references, both for net10.0.
        Assert.Equal(["net10.0", "net10.0"], package.DependencyGroups);
        Assert.Equal(["Lmec.Content", "Lmec.Content.Schemas", "Microsoft.AspNetCore.OpenApi"], package.DependencyIds);
        Assert.Equal(
            ["Microsoft.AspNetCore.App"],
            package.Metadata.Descendants().Where(static e => e.Name.LocalName == "frameworkReference").Select(static e => (string?)e.Attribute("name")));
    }

    [Fact]
    public void Content_HasNoFrameworkReference()
    {
        Assert.DoesNotContain(PackedPackage.Open("Lmec.Content").Metadata.Descendants(), static e => e.Name.LocalName == "frameworkReference");
    }

    [Fact]
    public void Tool_DependsOnNothing()
    {
        Assert.Empty(PackedPackage.Open("Lmec.Content.Cli").DependencyIds);
    }
}
