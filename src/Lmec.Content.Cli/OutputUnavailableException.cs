namespace Lmec.Content.Cli;

/// <summary>
/// Standard output can no longer be written: it is closed, full, or a pipe whose reader has gone. The tool
/// stops and says so in one line instead of reporting it as a fault of its own.
/// </summary>
internal sealed class OutputUnavailableException : IOException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="innerException">What the operating system said.</param>
    public OutputUnavailableException(Exception innerException)
        : base(innerException.InnerException?.Message ?? innerException.Message, innerException)
    {
    }
}
