using System.Globalization;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>The days an event covers, from its start to its end (its start alone when it has no end), for the rules on the dates of what happened in it.</summary>
internal static class EventDays
{
    /// <summary>Tells whether a date falls outside the days of an event whose dates are in order.</summary>
    /// <param name="happening">The event.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the date is before the event's first day or after its last; <see langword="false"/> too when the event ends before it starts, which <see cref="EventDatesRule"/> reports.</returns>
    internal static bool IsOutside(Event happening, DateOnly date)
    {
        var last = happening.EndDate ?? happening.StartDate;
        return last >= happening.StartDate && (date < happening.StartDate || date > last);
    }

    /// <summary>Writes the arguments of a finding: the date, the event's first day and its last.</summary>
    /// <param name="happening">The event.</param>
    /// <param name="date">The date outside it.</param>
    /// <returns>The three dates, <c>yyyy-MM-dd</c>.</returns>
    internal static object?[] Arguments(Event happening, DateOnly date) =>
        [Write(date), Write(happening.StartDate), Write(happening.EndDate ?? happening.StartDate)];

    private static string Write(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
