using FsCheck;
using FsCheck.Fluent;

namespace Lmec.Content.Tests.Generators;

/// <summary>Generates dates and timestamps in the range newsletters use, with offsets from around the world.</summary>
internal static class TimeGenerators
{
    private static readonly TimeSpan[] Offsets =
    [
        TimeSpan.Zero, TimeSpan.FromHours(8), TimeSpan.FromHours(7), new(6, 30, 0), new(5, 45, 0), new(5, 30, 0),
        TimeSpan.FromHours(-5), new(-3, -30, 0), TimeSpan.FromHours(14), TimeSpan.FromHours(-12),
    ];

    /// <summary>Gets a date between 1990 and 2099.</summary>
    public static Gen<DateOnly> Date { get; } =
        Gen.Choose(0, (new DateOnly(2099, 12, 31).DayNumber - new DateOnly(1990, 1, 1).DayNumber))
            .Select(static days => new DateOnly(1990, 1, 1).AddDays(days));

    /// <summary>
    /// Gets a timestamp with a whole-second, millisecond or full-tick fraction and one of several
    /// offsets, UTC among them.
    /// </summary>
    public static Gen<DateTimeOffset> Timestamp { get; } =
        from date in Date
        from seconds in Gen.Choose(0, (24 * 60 * 60) - 1)
        from ticks in Gen.Frequency(
            (2, Gen.Constant(0)),
            (1, Gen.Choose(0, 999).Select(static milliseconds => milliseconds * (int)TimeSpan.TicksPerMillisecond)),
            (1, Gen.Choose(0, (int)TimeSpan.TicksPerSecond - 1)))
        from offset in Gen.Elements(Offsets)
        select new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue).AddSeconds(seconds).AddTicks(ticks), offset);
}
