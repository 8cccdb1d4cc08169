using System.Globalization;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// The days an event covers, from the first day of its start to the last day of its end (its start alone when it has
/// no end: a start of <c>2023-12</c> covers December), for the rules on the dates of what happened in it.
/// </summary>
internal static class EventDays
{
    /// <summary>Tells whether a date falls outside the days of an event whose dates are in order.</summary>
    /// <param name="happening">The event.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the date is before the event's first day or after its last; <see langword="false"/> too when the event ends before it starts, which <see cref="EventDatesRule"/> reports.</returns>
    internal static bool IsOutside(Event happening, DateOnly date)
    {
        var first = happening.StartDate.Earliest;
        var last = (happening.EndDate ?? happening.StartDate).Latest;
        return last >= first && (date < first || date > last);
    }

    /// <summary>Writes the arguments of a finding: the date, the event's first day and its last.</summary>
    /// <param name="happening">The event.</param>
    /// <param name="date">The date outside it.</param>
    /// <returns>The date, <c>yyyy-MM-dd</c>, and the event's start and end as written (<c>2023-12</c> for a month).</returns>
    internal static object?[] Arguments(Event happening, DateOnly date) =>
        [Write(date), happening.StartDate.ToString(), (happening.EndDate ?? happening.StartDate).ToString()];

    /// <summary>Writes a day as the wire format does.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The day, <c>yyyy-MM-dd</c>.</returns>
    internal static string Write(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
