using System.Globalization;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// The days an event covers, from the first day its start may be (<see cref="PartialDate.Earliest"/>) to the last its
/// end, or else its start, may be (<see cref="PartialDate.Latest"/>), for the rules on the dates of what happened in it.
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

    /// <summary>Writes the arguments of a finding: the date, the event's start and its end, as the document gives them.</summary>
    /// <param name="happening">The event.</param>
    /// <param name="date">The date outside it.</param>
    /// <returns>The date, <c>yyyy-MM-dd</c>, and the event's dates in their wire form.</returns>
    internal static object?[] Arguments(Event happening, DateOnly date) =>
        [date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), happening.StartDate.ToString(), (happening.EndDate ?? happening.StartDate).ToString()];
}
