using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.EventEndsBeforeStart"/>: an event does not end before it starts. Dates of reduced
/// precision are compared by the days they cover: an end is before a start only when the last day it covers is
/// before the first day the start covers (<c>2023-12</c> may end an event that starts on <c>2023-12-05</c>).
/// </summary>
internal sealed class EventDatesRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.EventEndsBeforeStart;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        foreach (var location in ArticleLocation.Of(document))
        {
            // The pointers are written only for an event out of order, which a valid document has none of.
            if (location.Article.Event is not { EndDate: { } end } happening || end.Latest >= happening.StartDate.Earliest)
            {
                continue;
            }

            var pointer = location.Pointer + "/event/";
            if (!context.Run.IsReportedFar(pointer + "startDate") && !context.Run.IsReportedFar(pointer + "endDate"))
            {
                context.ReportBuiltIn(pointer + "endDate", Code, end.ToString(), happening.StartDate.ToString());
            }
        }
    }
}
