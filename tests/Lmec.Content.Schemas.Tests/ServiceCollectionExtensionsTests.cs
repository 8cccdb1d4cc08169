using Lmec.Content.Testing;
using Lmec.Content.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Lmec.Content.Schemas.Tests;

public class ServiceCollectionExtensionsTests
{
    [Fact]
    public void AddLmecContentSchemas_CalledTwice_RegistersOneStructureValidatorThatIsTheSchemaValidator()
    {
        using var provider = new ServiceCollection().AddLmecContentSchemas().AddLmecContentSchemas().BuildServiceProvider();

        var structure = Assert.Single(provider.GetServices<IStructureValidator>());
        Assert.Same(provider.GetRequiredService<SchemaValidator>(), structure);
    }

    [Fact]
    public void AddLmecContentSchemas_WithTheContentOptionsLimits_ValidatorAppliesThem()
    {
        using var provider = new ServiceCollection()
            .AddLmecContentSchemas()
            .AddLmecContent(static options => options.Limits.MaxDocumentBytes = 10)
            .BuildServiceProvider();

        var error = Assert.Single(provider.GetRequiredService<SchemaValidator>().Validate("{\"kind\": \"article\"}").Errors);

        Assert.Equal(ValidationCodes.DocumentTooLarge, error.Code);
    }

    [Fact]
    public void AddLmecContentSchemas_SizeLimitRaisedInTheContentOptions_EveryValidatorTakesADocumentOverTheDefault()
    {
        using var provider = new ServiceCollection()
            .AddLmecContent(static options => options.Limits.MaxDocumentBytes = LargeDocuments.RaisedLimit)
            .AddLmecContentSchemas()
            .BuildServiceProvider();
        var json = LargeDocuments.PaddedNewsletter;

        var schemaReport = provider.GetRequiredService<SchemaValidator>().Validate(json);
        var contentReport = provider.GetRequiredService<ContentValidator>().Validate(json);

        Assert.True(schemaReport.IsValid, string.Join(Environment.NewLine, schemaReport.Errors));
        Assert.True(contentReport.IsValid, string.Join(Environment.NewLine, contentReport.Errors));
    }

    [Fact]
    public void AddLmecContentSchemas_WithoutContentOptions_ValidatorHasTheDefaultLimits()
    {
        using var provider = new ServiceCollection().AddLmecContentSchemas().BuildServiceProvider();

        var error = Assert.Single(provider.GetRequiredService<SchemaValidator>().Validate(LargeDocuments.PaddedNewsletter).Errors);

        Assert.Equal(ValidationCodes.DocumentTooLarge, error.Code);
    }

    [Fact]
    public void AddLmecContentSchemas_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => LmecContentSchemasServiceCollectionExtensions.AddLmecContentSchemas(null!));
}
