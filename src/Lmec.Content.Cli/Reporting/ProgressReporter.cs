using System.Globalization;

namespace Lmec.Content.Cli.Reporting;

/// <summary>
/// Draws a one-line count of the documents and bytes checked, the rate and the errors found so far on standard error,
/// only when standard error is a terminal and the run has gone on for a while, at most four times a second: never in
/// machine output, which is standard output's.
/// </summary>
/// <param name="console">The terminal.</param>
/// <param name="text">The tool's sentences, in the language of the run.</param>
/// <param name="time">The clock; <see langword="null"/> for the system's.</param>
internal sealed class ProgressReporter(CliConsole console, CliText text, TimeProvider? time = null)
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly long _start = (time ?? TimeProvider.System).GetTimestamp();
    private TimeSpan _lastDrawn;
    private int _drawnWidth;
    private long _documents;
    private long _bytes;

    /// <summary>Counts a document and redraws the line when it is time.</summary>
    /// <param name="bytes">The document's size.</param>
    /// <param name="errors">The errors found so far, this document's included.</param>
    public void Advance(int bytes, int errors)
    {
        _documents++;
        _bytes += bytes;
        var now = _time.GetElapsedTime(_start);
        if (!console.IsErrorTerminal || now < Delay || now - _lastDrawn < Interval)
        {
            return;
        }

        _lastDrawn = now;
        var megabytes = _bytes / (1024.0 * 1024.0);
        var line = text.Progress(
            string.Create(CultureInfo.InvariantCulture, $"{_documents,12:N0}"),
            string.Create(CultureInfo.InvariantCulture, $"{megabytes,10:N1}"),
            string.Create(CultureInfo.InvariantCulture, $"{megabytes / now.TotalSeconds,8:N1}"),
            string.Create(CultureInfo.InvariantCulture, $"{errors,8:N0}"));
        _drawnWidth = Math.Max(_drawnWidth, Width(line));
        console.Error.Write("\r" + line);
    }

    /// <summary>Clears the line, if one was drawn.</summary>
    public void Clear()
    {
        if (_drawnWidth > 0)
        {
            console.Error.Write("\r" + new string(' ', _drawnWidth) + "\r");
        }
    }

    // Columns on a terminal: Chinese characters take two, so the line is cleared to its end in every language.
    private static int Width(string line)
    {
        var width = 0;
        foreach (var character in line)
        {
            width += character >= '\u2E80' && character <= '\uFFEF' ? 2 : 1;
        }

        return width;
    }
}
