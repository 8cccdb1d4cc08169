using Lmec.Content;
using Lmec.Content.DependencyInjection;
using Lmec.Content.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the LMEC content services in a service collection.</summary>
public static class LmecContentServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LmecContentOptions"/> and <see cref="ContentValidator"/> as thread-safe
    /// singletons. The validator runs every <see cref="IStructureValidator"/> registered in the collection,
    /// such as the JSON Schema check that <c>AddLmecContentSchemas()</c> adds. Calling this more than once
    /// registers nothing twice, and the calls compose as <c>services.Configure&lt;T&gt;()</c> calls do: the
    /// options are built by running every call's <paramref name="configure"/> in call order on fresh options.
    /// </summary>
    /// <remarks>
    /// The options are built and checked when this is called, so invalid options throw here and leave the
    /// collection exactly as it was, and built again when first resolved: <paramref name="configure"/> may run
    /// more than once and should only set options.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options, such as the reading mode or a rule's severity; <see langword="null"/> keeps the defaults, or those of earlier calls.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The options are invalid once configured (see <see cref="LmecContentOptions.Validate"/>); the collection is unchanged.
    /// </exception>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="configure"/> is given but the collection holds <see cref="LmecContentOptions"/> registered by other
    /// code, which would be resolved instead of the configured options.
    /// </exception>
    public static IServiceCollection AddLmecContent(this IServiceCollection services, Action<LmecContentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsConfiguration.Register(services, configure);
        services.TryAddSingleton(static provider => new ContentValidator(
            provider.GetRequiredService<LmecContentOptions>(),
            provider.GetServices<IStructureValidator>()));
        return services;
    }
}
