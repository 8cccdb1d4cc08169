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
    public void AddLmecContentSchemas_CalledTwiceWithLimits_AppliesBothInCallOrder()
    {
        using var provider = new ServiceCollection()
            .AddLmecContentSchemas(static options => (options.MaxDocumentBytes, options.MaxDepth) = (10, 3))
            .AddLmecContentSchemas(static options => options.MaxDepth = 2)
            .BuildServiceProvider();
        var validator = provider.GetRequiredService<SchemaValidator>();

        Assert.Equal(SchemaErrorCodes.DocumentTooLarge, Assert.Single(validator.Validate("{\"kind\": \"article\"}").Errors).Code);
        Assert.Equal(SchemaErrorCodes.NestingTooDeep, Assert.Single(validator.Validate("[[[]]]").Errors).Code);
    }

    [Fact]
    public void AddLmecContentSchemas_InvalidLimits_ThrowsWhenCalledAndRegistersNothing()
    {
        var services = new ServiceCollection();

        var exception = Assert.Throws<ArgumentException>(() => services.AddLmecContentSchemas(static options => options.MaxDepth = 0));

        Assert.Equal("configure", exception.ParamName);
        Assert.Contains("AddLmecContentSchemas", exception.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentOutOfRangeException>(exception.InnerException);
        Assert.Empty(services);
    }

    [Fact]
    public void AddLmecContentSchemas_InvalidThenValidLimits_ResolvesTheValidOnes()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentException>(() => services.AddLmecContentSchemas(static options => (options.MaxDocumentBytes, options.MaxDepth) = (10, 0)));

        services.AddLmecContentSchemas(static options => options.MaxDepth = 2);

        using var provider = services.BuildServiceProvider();
        var validator = provider.GetRequiredService<SchemaValidator>();
        Assert.Same(validator, Assert.Single(provider.GetServices<IStructureValidator>()));
        Assert.Equal(SchemaErrorCodes.NestingTooDeep, Assert.Single(validator.Validate("[[[]]]").Errors).Code);
        Assert.DoesNotContain(validator.Validate("{\"kind\": \"article\"}").Errors, static error => error.Code == SchemaErrorCodes.DocumentTooLarge);
    }

    [Fact]
    public void AddLmecContentSchemas_ValidThenInvalidLimits_KeepsTheValidRegistration()
    {
        var services = new ServiceCollection().AddLmecContentSchemas(static options => options.MaxDepth = 2);
        ServiceDescriptor[] before = [.. services];

        Assert.Throws<ArgumentException>(() => services.AddLmecContentSchemas(static options => (options.MaxDocumentBytes, options.MaxDepth) = (10, -1)));

        Assert.Equal(before, services);
        using var provider = services.BuildServiceProvider();
        var validator = provider.GetRequiredService<SchemaValidator>();
        Assert.Equal(SchemaErrorCodes.NestingTooDeep, Assert.Single(validator.Validate("[[[]]]").Errors).Code);
        Assert.DoesNotContain(validator.Validate("{\"kind\": \"article\"}").Errors, static error => error.Code == SchemaErrorCodes.DocumentTooLarge);
    }

    [Fact]
    public void AddLmecContentSchemas_ValidatorRegisteredByOtherCode_ThrowsRatherThanIgnoreTheLimits()
    {
        var own = new SchemaValidator();
        var services = new ServiceCollection().AddSingleton(own);

        Assert.Throws<InvalidOperationException>(() => services.AddLmecContentSchemas(static options => options.MaxDepth = 2));

        services.AddLmecContentSchemas();
        using var provider = services.BuildServiceProvider();
        Assert.Same(own, Assert.Single(provider.GetServices<IStructureValidator>()));
    }

    [Fact]
    public void AddLmecContentSchemas_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => LmecContentSchemasServiceCollectionExtensions.AddLmecContentSchemas(null!));
}
