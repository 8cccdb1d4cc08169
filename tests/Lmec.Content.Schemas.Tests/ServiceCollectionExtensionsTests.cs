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
    public void AddLmecContentSchemas_WithLimits_ValidatorAppliesThem()
    {
        using var provider = new ServiceCollection().AddLmecContentSchemas(static options => options.MaxDocumentBytes = 10).BuildServiceProvider();

        var error = Assert.Single(provider.GetRequiredService<SchemaValidator>().Validate("{\"kind\": \"article\"}").Errors);

        Assert.Equal(SchemaErrorCodes.DocumentTooLarge, error.Code);
    }

    [Fact]
    public void AddLmecContentSchemas_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => LmecContentSchemasServiceCollectionExtensions.AddLmecContentSchemas(null!));
}
