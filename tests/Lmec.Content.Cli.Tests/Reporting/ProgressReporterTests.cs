using System.Globalization;
using Lmec.Content.Cli.Reporting;
using Lmec.Content.Localization;

namespace Lmec.Content.Cli.Tests.Reporting;

/// <summary>The progress line: on standard error at a terminal only, after a while, with the errors so far, and cleared at the end.</summary>
public sealed class ProgressReporterTests
{
    [Fact]
    public void Advance_AtATerminalAfterAWhile_DrawsDocumentsRateAndErrorsThenClearsTheLine()
    {
        var clock = new ManualClock();
        using var error = new StringWriter();
        var progress = new ProgressReporter(Console(error, isErrorTerminal: true), Text, clock);

        progress.Advance(1024 * 1024, errors: 0);
        Assert.Empty(error.ToString());

        clock.Advance(TimeSpan.FromSeconds(2));
        progress.Advance(1024 * 1024, errors: 3);
        var drawn = error.ToString();
        Assert.Equal(
            "\r" + string.Join(", ", "           2 documents", "       2.0 MB", "     1.0 MB/s", "       3 errors so far"),
            drawn);

        progress.Clear();
        Assert.Equal(drawn + "\r" + new string(' ', drawn.Length - 1) + "\r", error.ToString());
    }

    [Fact]
    public void Advance_NotATerminal_DrawsNothing()
    {
        var clock = new ManualClock();
        using var error = new StringWriter();
        var progress = new ProgressReporter(Console(error, isErrorTerminal: false), Text, clock);

        clock.Advance(TimeSpan.FromSeconds(5));
        progress.Advance(100, errors: 1);
        progress.Clear();

        Assert.Empty(error.ToString());
    }

    private static CliText Text => new(MessageCatalog.Default, CultureInfo.InvariantCulture);

    private static CliConsole Console(StringWriter error, bool isErrorTerminal) =>
        CliConsole.Captured(TextWriter.Null, error) with { IsErrorTerminal = isErrorTerminal };

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public void Advance(TimeSpan time) => _ticks += time.Ticks;

        public override long GetTimestamp() => _ticks;
    }
}
