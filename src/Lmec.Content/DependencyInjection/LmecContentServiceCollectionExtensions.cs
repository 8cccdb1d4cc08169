using Lmec.Content;
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
    /// registers nothing twice: each call's <paramref name="configure"/> changes the same options.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options, such as the reading mode or a rule's severity; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid once configured (see <see cref="LmecContentOptions.Validate"/>).</exception>
    public static IServiceCollection AddLmecContent(this IServiceCollection services, Action<LmecContentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.LastOrDefault(static service => service.ServiceType == typeof(LmecContentOptions) && !service.IsKeyedService)?.ImplementationInstance as LmecContentOptions;
        if (options is null)
        {
            options = new LmecContentOptions();
            services.TryAddSingleton(options);
        }

        configure?.Invoke(options);
        options.Validate();
        services.TryAddSingleton(static provider => new ContentValidator(
            provider.GetRequiredService<LmecContentOptions>(),
            provider.GetServices<IStructureValidator>()));
        return services;
    }
}
