namespace Lmec.Content.Cli.Tests;

/// <summary>What one in-process run of the tool wrote and returned.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">What it wrote to standard output.</param>
/// <param name="Error">What it wrote to standard error.</param>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Gets the lines of standard output, without empty ones.</summary>
    public string[] OutputLines => Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Gets whether either output shows a stack trace or names an exception, which no input may cause.</summary>
    public bool ShowsAStackTrace =>
        Output.Contains("   at ", StringComparison.Ordinal) || Error.Contains("   at ", StringComparison.Ordinal) || Error.Contains("Exception", StringComparison.Ordinal);

    /// <summary>Runs the tool in process, as <c>lmec-content</c> with these arguments and nothing on standard input.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>What the run wrote and returned.</returns>
    public static Task<CliRun> RunAsync(params string[] args) =>
        RunAsync((output, error) => CliApplication.RunAsync(args, output, error));

    /// <summary>Runs the tool in process, as <c>lmec-content</c> with these arguments and these bytes on standard input.</summary>
    /// <param name="input">Standard input's content.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>What the run wrote and returned.</returns>
    public static Task<CliRun> RunWithInputAsync(byte[] input, params string[] args) =>
        RunAsync((output, error) => CliApplication.RunAsync(args, CliConsole.Captured(output, error, input)));

    private static async Task<CliRun> RunAsync(Func<TextWriter, TextWriter, Task<int>> run)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await run(output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the tool in process with bytes on its standard input, as <c>lmec-content</c> with these arguments.</summary>
    /// <param name="input">What standard input holds.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>What the run wrote and returned.</returns>
    public static async Task<CliRun> RunWithInputAsync(byte[] input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, CliConsole.Captured(output, error, input));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
