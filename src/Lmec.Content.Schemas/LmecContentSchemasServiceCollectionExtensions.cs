using Lmec.Content.DependencyInjection;
using Lmec.Content.Schemas;
using Lmec.Content.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the schema layer of LMEC content validation.</summary>
public static class LmecContentSchemasServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SchemaValidator"/> as a thread-safe singleton, and as an <see cref="IStructureValidator"/>
    /// so that content validation checks documents against the published schemas too. Calling it again
    /// registers nothing twice, and the calls compose as <c>services.Configure&lt;T&gt;()</c> calls do: the
    /// validator's limits are those every call's <paramref name="configure"/> sets, run in call order.
    /// </summary>
    /// <remarks>
    /// The limits are built and checked when this is called, so invalid limits throw here and leave the
    /// collection exactly as it was, and built again when the validator is first resolved:
    /// <paramref name="configure"/> may run more than once and should only set limits.
    /// </remarks>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the validator's limits; <see langword="null"/> keeps the defaults, or those of earlier calls.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A limit is not positive once configured; the collection is unchanged.</exception>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="configure"/> is given but the collection holds a <see cref="SchemaValidator"/> registered by other
    /// code, which would be resolved instead of the configured one.
    /// </exception>
    public static IServiceCollection AddLmecContentSchemas(this IServiceCollection services, Action<SchemaValidatorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ServiceConfiguration<SchemaValidatorOptions, SchemaValidator>.Register(services, configure, static options => new SchemaValidator(options), nameof(AddLmecContentSchemas));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStructureValidator, SchemaValidator>(static provider => provider.GetRequiredService<SchemaValidator>()));
        return services;
    }
}
