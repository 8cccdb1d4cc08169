namespace Lmec.Content.Cli;

/// <summary>The tool's view of its terminal: where it writes, where it reads, and whether a person is watching.</summary>
/// <param name="Output">Standard output: results only.</param>
/// <param name="Error">Standard error: diagnostics and progress.</param>
/// <param name="OpenInput">Opens standard input.</param>
/// <param name="IsOutputTerminal">Whether standard output is a terminal, so colour may be used.</param>
/// <param name="IsErrorTerminal">Whether standard error is a terminal, so a progress line may be drawn.</param>
internal sealed record CliConsole(TextWriter Output, TextWriter Error, Func<Stream> OpenInput, bool IsOutputTerminal, bool IsErrorTerminal)
{
    /// <summary>Gets the process's own console; colour is off when <c>NO_COLOR</c> is set.</summary>
    public static CliConsole System { get; } = new(
        Console.Out,
        Console.Error,
        Console.OpenStandardInput,
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        !Console.IsErrorRedirected);

    /// <summary>Creates a console for tests and hosts that capture the outputs.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="input">Standard input's content, or <see langword="null"/> for none.</param>
    /// <returns>A console that is not a terminal.</returns>
    public static CliConsole Captured(TextWriter output, TextWriter error, byte[]? input = null) =>
        new(output, error, () => new MemoryStream(input ?? [], writable: false), IsOutputTerminal: false, IsErrorTerminal: false);
}
