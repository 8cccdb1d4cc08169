using System.Diagnostics;
using System.Globalization;

namespace Lmec.Content.Cli.Reporting;

/// <summary>
/// Draws a one-line count of documents and bytes checked on standard error, only when standard error is
/// a terminal and the run has gone on for a while, at most four times a second.
/// </summary>
/// <param name="console">The terminal.</param>
internal sealed class ProgressReporter(CliConsole console)
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDrawn;
    private bool _drawn;
    private long _documents;
    private long _bytes;

    /// <summary>Counts a document and redraws the line when it is time.</summary>
    /// <param name="bytes">The document's size.</param>
    public void Advance(int bytes)
    {
        _documents++;
        _bytes += bytes;
        var now = _clock.Elapsed;
        if (!console.IsErrorTerminal || now < Delay || now - _lastDrawn < Interval)
        {
            return;
        }

        _lastDrawn = now;
        _drawn = true;
        var megabytes = _bytes / (1024.0 * 1024.0);
        console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{_documents,12:N0} documents, {megabytes,10:N1} MB, {megabytes / now.TotalSeconds,8:N1} MB/s"));
    }

    /// <summary>Clears the line, if one was drawn.</summary>
    public void Clear()
    {
        if (_drawn)
        {
            console.Error.Write("\r" + new string(' ', 60) + "\r");
        }
    }
}
