namespace Lmec.Content.DependencyInjection;

/// <summary>
/// The <c>configure</c> delegates of every <c>AddLmecContent</c> call on one service collection, in call
/// order. The options are built by running them all on fresh options, so that the calls compose as
/// <c>services.Configure&lt;T&gt;()</c> calls do. An instance never changes: a call whose delegate leaves
/// the options invalid is dropped with its own instance and leaves the registered one as it was.
/// </summary>
internal sealed class LmecContentConfiguration
{
    private readonly Action<LmecContentOptions>[] _steps;

    private LmecContentConfiguration(Action<LmecContentOptions>[] steps) => _steps = steps;

    /// <summary>Gets the configuration of a collection that no call has configured yet: the default options.</summary>
    internal static LmecContentConfiguration Empty { get; } = new([]);

    /// <summary>Returns this configuration followed by one more delegate.</summary>
    /// <param name="configure">The delegate; <see langword="null"/> adds nothing.</param>
    /// <returns>A new configuration, or this one when <paramref name="configure"/> is <see langword="null"/>.</returns>
    internal LmecContentConfiguration Then(Action<LmecContentOptions>? configure) =>
        configure is null ? this : new([.. _steps, configure]);

    /// <summary>Builds options by running every delegate in order on fresh options, then checks them.</summary>
    /// <returns>The options, valid.</returns>
    /// <exception cref="ArgumentException">The options are invalid (see <see cref="LmecContentOptions.Validate"/>).</exception>
    internal LmecContentOptions CreateOptions()
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
