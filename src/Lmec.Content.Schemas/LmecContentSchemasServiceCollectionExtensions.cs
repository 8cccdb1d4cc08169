using Lmec.Content.Schemas;
using Lmec.Content.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the schema layer of LMEC content validation.</summary>
public static class LmecContentSchemasServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SchemaValidator"/> as a singleton, and as an <see cref="IStructureValidator"/> so that
    /// content validation checks documents against the published schemas too. Calling it again adds nothing.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the validator's limits; <see langword="null"/> keeps the defaults. Ignored when the validator is already registered.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddLmecContentSchemas(this IServiceCollection services, Action<SchemaValidatorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ =>
        {
            var options = new SchemaValidatorOptions();
            configure?.Invoke(options);
            return new SchemaValidator(options);
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStructureValidator, SchemaValidator>(static provider => provider.GetRequiredService<SchemaValidator>()));
        return services;
    }
}
