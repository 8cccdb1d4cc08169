using System.Text;

namespace Lmec.Content.Cli;

/// <summary>
/// Standard output as the commands see it: it passes everything on, and turns a failure to write (a closed
/// descriptor, a full disk, a broken pipe) into an <see cref="OutputUnavailableException"/>, so that the tool tells
/// it apart from a failure to read its inputs, which the commands report themselves.
/// </summary>
/// <param name="inner">The real standard output.</param>
internal sealed class StandardOutputWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <inheritdoc/>
    public override void Write(char value) => Guard(() => inner.Write(value));

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    /// <inheritdoc/>
    public override void Write(string? value) => Guard(() => inner.Write(value));

    /// <inheritdoc/>
    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    /// <inheritdoc/>
    public override void WriteLine() => Guard(inner.WriteLine);

    /// <inheritdoc/>
    public override void Flush() => Guard(inner.Flush);

    /// <inheritdoc/>
    public override Task WriteAsync(string? value) => GuardAsync(() => inner.WriteAsync(value));

    /// <inheritdoc/>
    public override Task WriteLineAsync(string? value) => GuardAsync(() => inner.WriteLineAsync(value));

    /// <inheritdoc/>
    public override Task FlushAsync() => GuardAsync(inner.FlushAsync);

    // A closed descriptor surfaces as UnauthorizedAccessException wrapping EBADF; a full disk and a broken pipe as IOException.
    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is (IOException or UnauthorizedAccessException) and not OutputUnavailableException)
        {
            throw new OutputUnavailableException(exception);
        }
    }

    private static async Task GuardAsync(Func<Task> write)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is (IOException or UnauthorizedAccessException) and not OutputUnavailableException)
        {
            throw new OutputUnavailableException(exception);
        }
    }
}
