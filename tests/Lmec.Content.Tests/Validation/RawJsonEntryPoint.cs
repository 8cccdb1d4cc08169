using Lmec.Content.Model;
using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Validation;

/// <summary>One of the validator's entry points for raw JSON, to run a case through.</summary>
/// <param name="Name">The entry point, as the theory names it.</param>
/// <param name="TakesText">Whether it takes a .NET string, so that only cases with a text form run through it.</param>
/// <param name="Run">Runs the entry point on a case's input.</param>
internal sealed record RawJsonEntryPoint(string Name, bool TakesText, Func<ContentValidator, BadInputCase, Task<ValidationResult<ContentDocument>>> Run)
{
    /// <summary>Gets every entry point: text, bytes, a stream read synchronously and asynchronously, through Validate and through Read.</summary>
    public static IReadOnlyList<RawJsonEntryPoint> All { get; } =
    [
        new("Validate(string)", true, (validator, input) => Report(validator.Validate(input.Text!))),
        new("Validate(ReadOnlyMemory<byte>)", false, (validator, input) => Report(validator.Validate(input.Utf8.AsMemory()))),
        new("Validate(Stream)", false, (validator, input) => Report(validator.Validate(new MemoryStream(input.Utf8, writable: false)))),
        new("ValidateAsync(Stream)", false, async (validator, input) => new(null, await validator.ValidateAsync(new MemoryStream(input.Utf8, writable: false)))),
        new("Read(string)", true, (validator, input) => Task.FromResult(validator.Read<ContentDocument>(input.Text!))),
        new("Read(ReadOnlyMemory<byte>)", false, (validator, input) => Task.FromResult(validator.Read<ContentDocument>(input.Utf8.AsMemory()))),
        new("Read(Stream)", false, (validator, input) => Task.FromResult(validator.Read<ContentDocument>(new MemoryStream(input.Utf8, writable: false)))),
        new("ReadAsync(Stream)", false, (validator, input) => validator.ReadAsync<ContentDocument>(new MemoryStream(input.Utf8, writable: false))),
    ];

    /// <summary>Gets whether the entry point returns the document as well as the report.</summary>
    public bool ReturnsDocument => Name.StartsWith("Read", StringComparison.Ordinal);

    /// <summary>Finds an entry point by its name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The entry point.</returns>
    public static RawJsonEntryPoint Get(string name) => All.Single(entry => entry.Name == name);

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static Task<ValidationResult<ContentDocument>> Report(ValidationReport report) => Task.FromResult(new ValidationResult<ContentDocument>(null, report));
}
