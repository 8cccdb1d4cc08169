using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Lmec.Content.Cli;

/// <summary>The tool's view of its terminal: where it writes, where it reads, and whether a person is watching.</summary>
/// <param name="Output">Standard output: results only.</param>
/// <param name="Error">Standard error: diagnostics and progress.</param>
/// <param name="OpenInput">Opens standard input.</param>
/// <param name="IsOutputTerminal">Whether standard output is a terminal, so colour may be used.</param>
/// <param name="IsErrorTerminal">Whether standard error is a terminal, so a progress line may be drawn.</param>
internal sealed record CliConsole(TextWriter Output, TextWriter Error, Func<Stream> OpenInput, bool IsOutputTerminal, bool IsErrorTerminal)
{
    private const int StandardOutputDescriptor = 1;
    private const int OutputBufferSize = 16 * 1024;

    /// <summary>Gets the process's own console; colour is off when <c>NO_COLOR</c> is set.</summary>
    public static CliConsole System { get; } = new(
        OpenStandardOutput(),
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

    // On Unix, Console.Out drops writes into a pipe whose reader has gone (EPIPE) without a word, so
    // `lmec-content validate … | head -1` would go on to the end and exit as if all were written. The descriptor
    // itself reports it, so pipes and terminals are written through it: into a pipe buffered (the tool flushes at
    // the end), to a terminal at once, so that findings and the progress line on standard error keep their order.
    // A file keeps Console.Out: a FileStream would write at its own offset, not the one the shell shares with the
    // commands before and after it, and a full disk or /dev/full fails loudly there anyway. A descriptor that is
    // closed (`>&-`) cannot be wrapped: Console.Out then fails on the first write, as it should.
    private static TextWriter OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.Out;
        }

        try
        {
            var stream = new FileStream(new SafeFileHandle(StandardOutputDescriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (stream.CanSeek)
            {
                stream.Dispose();
                return Console.Out;
            }

            return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), OutputBufferSize) { AutoFlush = !Console.IsOutputRedirected };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Console.Out;
        }
    }
}
