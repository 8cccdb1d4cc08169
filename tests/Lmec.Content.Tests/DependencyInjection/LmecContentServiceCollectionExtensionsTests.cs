using System.Globalization;
using Lmec.Content.Json;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;
using Lmec.Content.Tests.Validation;
using Lmec.Content.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lmec.Content.Tests.DependencyInjection;

public class LmecContentServiceCollectionExtensionsTests
{
    [Fact]
    public void AddLmecContent_Default_RegistersOptionsAndValidatorAsSingletons()
    {
        using var provider = new ServiceCollection().AddLmecContent().BuildServiceProvider();
        var validator = provider.GetRequiredService<ContentValidator>();
        Assert.Same(validator, provider.GetRequiredService<ContentValidator>());
        Assert.Same(provider.GetRequiredService<LmecContentOptions>(), provider.GetRequiredService<LmecContentOptions>());
        Assert.True(validator.Validate(TestDocuments.Newsletter).IsValid);
    }

    [Fact]
    public void AddLmecContent_CalledTwice_RegistersOnceAndAppliesBothConfigurations()
    {
        var services = new ServiceCollection()
            .AddLmecContent(options => options.ReadMode = ContentReadMode.Lenient)
            .AddLmecContent(options => options.SetSeverity(ValidationCodes.IssueYearMismatch, ValidationSeverity.Warning));
        Assert.Single(services, service => service.ServiceType == typeof(ContentValidator));
        Assert.Single(services, service => service.ServiceType == typeof(LmecContentOptions));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<LmecContentOptions>();
        Assert.Equal(ContentReadMode.Lenient, options.ReadMode);
        Assert.Equal(ValidationSeverity.Warning, options.Severities[ValidationCodes.IssueYearMismatch]);
    }

    [Fact]
    public void AddLmecContent_InvalidOptions_ThrowsWhenCalledAndRegistersNothing()
    {
        var services = new ServiceCollection();

        var exception = Assert.Throws<ArgumentException>(() => services.AddLmecContent(options => options.Limits.MaxDocumentBytes = -1));

        Assert.Equal("configure", exception.ParamName);
        Assert.Contains("AddLmecContent", exception.Message, StringComparison.Ordinal);
        Assert.Contains("MaxDocumentBytes", exception.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentOutOfRangeException>(exception.InnerException);
        Assert.Empty(services);
    }

    [Fact]
    public void AddLmecContent_InvalidThenValidOptions_ResolvesTheValidOnes()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentException>(() => services.AddLmecContent(options =>
        {
            options.ReadMode = ContentReadMode.Lenient;
            options.Limits.MaxDocumentBytes = -1;
        }));

        services.AddLmecContent(options => options.Limits.MaxDepth = 10);

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<LmecContentOptions>();
        Assert.Equal(ContentReadMode.Strict, options.ReadMode);
        Assert.Equal(10, options.Limits.MaxDepth);
        Assert.True(provider.GetRequiredService<ContentValidator>().Validate(TestDocuments.Newsletter).IsValid);
    }

    [Fact]
    public void AddLmecContent_ValidThenInvalidOptions_KeepsTheValidRegistration()
    {
        var services = new ServiceCollection().AddLmecContent(options => options.Limits.MaxDepth = 10);
        ServiceDescriptor[] before = [.. services];

        Assert.Throws<ArgumentException>(() => services.AddLmecContent(options =>
        {
            options.ReadMode = ContentReadMode.Lenient;
            options.SetSeverity(ValidationCodes.UnknownMember, ValidationSeverity.Warning);
        }));

        Assert.Equal(before, services);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<LmecContentOptions>();
        Assert.Equal(ContentReadMode.Strict, options.ReadMode);
        Assert.Equal(10, options.Limits.MaxDepth);
        Assert.Empty(options.Severities);
    }

    [Fact]
    public void AddLmecContent_DelegateThatThrowsItsOwnException_PropagatesItAndKeepsTheRegistration()
    {
        var services = new ServiceCollection().AddLmecContent();
        ServiceDescriptor[] before = [.. services];

        Assert.Throws<InvalidOperationException>(() => services.AddLmecContent(options =>
        {
            options.ReadMode = ContentReadMode.Lenient;
            throw new InvalidOperationException("broken");
        }));

        Assert.Equal(before, services);
        using var provider = services.BuildServiceProvider();
        Assert.Equal(ContentReadMode.Strict, provider.GetRequiredService<LmecContentOptions>().ReadMode);
    }

    [Fact]
    public void AddLmecContent_CalledAfterTheProviderWasBuilt_LeavesThatProviderAsItWas()
    {
        var services = new ServiceCollection().AddLmecContent(options => options.Limits.MaxDepth = 10);
        using var first = services.BuildServiceProvider();

        services.AddLmecContent(options => options.Limits.MaxDepth = 20);

        using var second = services.BuildServiceProvider();
        Assert.Equal(10, first.GetRequiredService<LmecContentOptions>().Limits.MaxDepth);
        Assert.Equal(20, second.GetRequiredService<LmecContentOptions>().Limits.MaxDepth);
    }

    [Fact]
    public void AddLmecContent_OptionsRegisteredByOtherCode_ThrowsRatherThanIgnoreTheDelegate()
    {
        var own = new LmecContentOptions();
        var services = new ServiceCollection().AddSingleton(own);

        Assert.Throws<InvalidOperationException>(() => services.AddLmecContent(options => options.ReadMode = ContentReadMode.Lenient));

        services.AddLmecContent();
        using var provider = services.BuildServiceProvider();
        Assert.Same(own, provider.GetRequiredService<LmecContentOptions>());
    }

    [Fact]
    public void AddLmecContent_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => LmecContentServiceCollectionExtensions.AddLmecContent(null!));

    [Fact]
    public void AddLmecContent_StructureValidatorsRegisteredBeforeOrAfter_AreRun()
    {
        var before = new RecordingStructureValidator(_ => [new ValidationError { Code = "LMEC301", Severity = ValidationSeverity.Error, Path = "/title", Message = "m" }]);
        var after = new RecordingStructureValidator();
        var services = new ServiceCollection();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStructureValidator>(before));
        services.AddLmecContent(options => options.Culture = CultureInfo.InvariantCulture);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStructureValidator, AnotherStructureValidator>());
        services.AddSingleton<IStructureValidator>(after);
        using var provider = services.BuildServiceProvider();
        var report = provider.GetRequiredService<ContentValidator>().Validate(TestDocuments.Newsletter);
        Assert.Equal("LMEC301", Assert.Single(report.Errors).Code);
        Assert.Equal(1, before.Calls);
        Assert.Equal(1, after.Calls);
    }

    [Fact]
    public void AddLmecContent_ValidatorFromContainer_UsesConfiguredOptions()
    {
        using var provider = new ServiceCollection()
            .AddLmecContent(options => options.DisableRule(ValidationCodes.IssueYearMismatch))
            .BuildServiceProvider();
        var json = TestDocuments.Edit(TestDocuments.Newsletter, root => root["year"] = 2020);
        Assert.True(provider.GetRequiredService<ContentValidator>().Validate(json).IsValid);
    }

    [Fact]
    public void AddLmecContent_SizeLimitRaised_ValidatorTakesADocumentOverTheDefault()
    {
        using var provider = new ServiceCollection()
            .AddLmecContent(options => options.Limits.MaxDocumentBytes = LargeDocuments.RaisedLimit)
            .BuildServiceProvider();

        Assert.True(provider.GetRequiredService<ContentValidator>().Validate(LargeDocuments.PaddedNewsletter).IsValid);
    }

    private sealed class AnotherStructureValidator : IStructureValidator
    {
        public IReadOnlyList<ValidationError> Validate(JsonText json, DocumentKind kind, CultureInfo culture) => [];
    }
}
