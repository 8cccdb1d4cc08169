using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lmec.Content.DependencyInjection;

/// <summary>
/// How <c>AddLmecContent(configure)</c> registers <see cref="LmecContentOptions"/>: every call's <c>configure</c> is
/// kept, in call order, and the options are made by running them all on fresh options, so that the calls compose as
/// <c>services.Configure&lt;T&gt;()</c> calls do. An instance never changes: a call whose options are invalid throws
/// before it touches the collection and leaves the registration as it was.
/// </summary>
internal sealed class OptionsConfiguration
{
    // One delegate, so that the registration it makes can be told from one the application made itself.
    private static readonly Func<IServiceProvider, LmecContentOptions> Factory =
        static provider => provider.GetRequiredService<OptionsConfiguration>().Create();

    private readonly Action<LmecContentOptions>[] _steps;

    private OptionsConfiguration(Action<LmecContentOptions>[] steps) => _steps = steps;

    /// <summary>
    /// Adds a call's delegate to the collection's configuration of the options, and registers the options, made from
    /// the configuration when first resolved, unless they are registered already.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">The call's delegate; <see langword="null"/> adds none.</param>
    /// <exception cref="ArgumentException">The options are invalid once configured; the collection is unchanged.</exception>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="configure"/> is given but other code has registered <see cref="LmecContentOptions"/>, which
    /// would be resolved instead of the configured ones.
    /// </exception>
    internal static void Register(IServiceCollection services, Action<LmecContentOptions>? configure)
    {
        const string Method = "AddLmecContent";
        if (configure is not null && services.Any(static service => service.ServiceType == typeof(LmecContentOptions) && !service.IsKeyedService && !ReferenceEquals(service.ImplementationFactory, Factory)))
        {
            throw new InvalidOperationException($"{nameof(LmecContentOptions)} is registered already, and not by {Method}, so the options given to {Method} would be ignored: remove that registration and set the options in {Method}.");
        }

        var registered = services.LastOrDefault(static service => service.ServiceType == typeof(OptionsConfiguration) && !service.IsKeyedService)?.ImplementationInstance as OptionsConfiguration;
        Action<LmecContentOptions>[] steps = registered?._steps ?? [];
        var configuration = new OptionsConfiguration(configure is null ? steps : [.. steps, configure]);
        try
        {
            configuration.Create();
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException($"The options configured for {Method} are invalid; the service collection is left as it was. {exception.Message}", nameof(configure), exception);
        }

        services.Replace(ServiceDescriptor.Singleton(configuration));
        services.TryAddSingleton(Factory);
    }

    private LmecContentOptions Create()
    {
        var options = new LmecContentOptions();
        foreach (var step in _steps)
        {
            step(options);
        }

        options.Validate();
        return options;
    }
}
