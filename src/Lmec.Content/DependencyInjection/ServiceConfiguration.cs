using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lmec.Content.DependencyInjection;

/// <summary>
/// How an <c>AddLmecContent…(configure)</c> method registers a service made from options: every call's
/// <c>configure</c> is kept, in call order, and the service is made by running them all on fresh options, so
/// that the calls compose as <c>services.Configure&lt;T&gt;()</c> calls do. An instance never changes: a
/// call whose options are invalid throws before it touches the collection and leaves the registration as it was.
/// </summary>
/// <typeparam name="TOptions">The options the delegates set.</typeparam>
/// <typeparam name="TService">The service made from them, a singleton.</typeparam>
internal sealed class ServiceConfiguration<TOptions, TService>
    where TOptions : new()
    where TService : class
{
    // One delegate, so that the registration it makes can be told from one the application made itself.
    private static readonly Func<IServiceProvider, TService> Factory =
        static provider => provider.GetRequiredService<ServiceConfiguration<TOptions, TService>>().Create();

    private readonly Action<TOptions>[] _steps;
    private readonly Func<TOptions, TService> _create;

    private ServiceConfiguration(Action<TOptions>[] steps, Func<TOptions, TService> create)
    {
        _steps = steps;
        _create = create;
    }

    /// <summary>
    /// Adds a call's delegate to the collection's configuration of <typeparamref name="TService"/>, and registers the
    /// service, made from the configuration when first resolved, unless it is registered already.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">The call's delegate; <see langword="null"/> adds none.</param>
    /// <param name="create">Makes the service from configured options; throws <see cref="ArgumentException"/> for invalid ones.</param>
    /// <param name="method">The name of the registration method, for messages.</param>
    /// <exception cref="ArgumentException">The options are invalid once configured; the collection is unchanged.</exception>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="configure"/> is given but other code has registered <typeparamref name="TService"/>, which
    /// would be resolved instead of the configured one.
    /// </exception>
    internal static void Register(IServiceCollection services, Action<TOptions>? configure, Func<TOptions, TService> create, string method)
    {
        if (configure is not null && services.Any(static service => service.ServiceType == typeof(TService) && !service.IsKeyedService && !ReferenceEquals(service.ImplementationFactory, Factory)))
        {
            throw new InvalidOperationException($"{typeof(TService).Name} is registered already, and not by {method}, so the options given to {method} would be ignored: remove that registration and set the options in {method}.");
        }

        var registered = services.LastOrDefault(static service => service.ServiceType == typeof(ServiceConfiguration<TOptions, TService>) && !service.IsKeyedService)?.ImplementationInstance as ServiceConfiguration<TOptions, TService>;
        Action<TOptions>[] steps = registered?._steps ?? [];
        var configuration = new ServiceConfiguration<TOptions, TService>(configure is null ? steps : [.. steps, configure], create);
        try
        {
            configuration.Create();
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException($"The options configured for {method} are invalid; the service collection is left as it was. {exception.Message}", nameof(configure), exception);
        }

        services.Replace(ServiceDescriptor.Singleton(configuration));
        services.TryAddSingleton(Factory);
    }

    private TService Create()
    {
        var options = new TOptions();
        foreach (var step in _steps)
        {
            step(options);
        }

        return _create(options);
    }
}
