namespace Lmec.Content.Schemas;

/// <summary>
/// The <c>configure</c> delegates of every <c>AddLmecContentSchemas</c> call on one service collection, in
/// call order, run on fresh options to make the validator: the calls compose as
/// <c>services.Configure&lt;T&gt;()</c> calls do. An instance never changes, so a call that fails leaves the
/// registered one as it was.
/// </summary>
internal sealed class SchemaValidatorConfiguration
{
    private readonly Action<SchemaValidatorOptions>[] _steps;

    private SchemaValidatorConfiguration(Action<SchemaValidatorOptions>[] steps) => _steps = steps;

    /// <summary>Gets the configuration of a collection that no call has configured yet: the default limits.</summary>
    internal static SchemaValidatorConfiguration Empty { get; } = new([]);

    /// <summary>Returns this configuration followed by one more delegate.</summary>
    /// <param name="configure">The delegate; <see langword="null"/> adds nothing.</param>
    /// <returns>A new configuration, or this one when <paramref name="configure"/> is <see langword="null"/>.</returns>
    internal SchemaValidatorConfiguration Then(Action<SchemaValidatorOptions>? configure) =>
        configure is null ? this : new([.. _steps, configure]);

    /// <summary>Makes a validator with the limits every delegate, run in order on fresh options, sets.</summary>
    /// <returns>The validator.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    internal SchemaValidator CreateValidator()
    {
        var options = new SchemaValidatorOptions();
        foreach (var step in _steps)
        {
            step(options);
        }

        return new SchemaValidator(options);
    }
}
