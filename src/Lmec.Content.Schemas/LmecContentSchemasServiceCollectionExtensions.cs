using Lmec.Content;
using Lmec.Content.Schemas;
using Lmec.Content.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the schema layer of LMEC content validation.</summary>
public static class LmecContentSchemasServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SchemaValidator"/> as a singleton, and as an <see cref="IStructureValidator"/> so that
    /// content validation checks documents against the published schemas too. The validator keeps the limits
    /// of the <see cref="LmecContentOptions"/> that <c>AddLmecContent</c> registers, the one set of limits of
    /// every path (the defaults when none is registered). Calling it again adds nothing.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddLmecContentSchemas(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(static provider => provider.GetService<LmecContentOptions>() is { } options ? new SchemaValidator(options.Limits, options.Messages) : new SchemaValidator());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStructureValidator, SchemaValidator>(static provider => provider.GetRequiredService<SchemaValidator>()));
        return services;
    }
}
