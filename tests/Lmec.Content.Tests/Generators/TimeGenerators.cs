using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Model;

namespace Lmec.Content.Tests.Generators;

/// <summary>Generates dates, times, timestamps, offsets and durations in the range newsletters use, with offsets from around the world.</summary>
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

    /// <summary>Gets a date between 1990 and 2099, most often a full date, sometimes only its year and month or its year.</summary>
    public static Gen<PartialDate> PartialDate { get; } =
        from date in Date
        from precision in Gen.Frequency((6, Gen.Constant(DatePrecision.Day)), (2, Gen.Constant(DatePrecision.Month)), (1, Gen.Constant(DatePrecision.Year)))
        select precision switch
        {
            DatePrecision.Year => new PartialDate(date.Year),
            DatePrecision.Month => new PartialDate(date.Year, date.Month),
            _ => Lmec.Content.Model.PartialDate.FromDate(date),
        };

    /// <summary>Gets a time of day, whole minutes most often, sometimes with seconds.</summary>
    public static Gen<TimeOnly> Time { get; } =
        from minutes in Gen.Choose(0, (24 * 60) - 1)
        from seconds in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 59)))
        select new TimeOnly(minutes / 60, minutes % 60, seconds);

    /// <summary>Gets an offset from UTC as the wire format writes it, <c>Z</c> among them.</summary>
    public static Gen<string> UtcOffset { get; } = Gen.Elements("Z", "+07:00", "+08:00", "+06:30", "+05:45", "-05:00", "-03:30", "+14:00", "-12:00", "+00:00");

    /// <summary>Gets an ISO 8601 duration: hours and minutes, days, weeks, a fraction in the last component.</summary>
    public static Gen<string> Duration { get; } = Gen.Elements("PT3H", "PT1H30M", "P2D", "P0.5D", "PT45M", "P1W", "P1Y2M10DT2H30M", "PT0.5H", "PT90S", "P3M");

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
