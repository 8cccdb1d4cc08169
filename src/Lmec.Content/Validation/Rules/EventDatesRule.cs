using System.Globalization;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.EventEndsBeforeStart"/>: an event does not end before it starts.</summary>
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
            if (location.Article.Event is not { EndDate: { } end } happening || end >= happening.StartDate)
            {
                continue;
            }

            var pointer = location.Pointer + "/event/";
            if (!context.Run.IsReportedFar(pointer + "startDate") && !context.Run.IsReportedFar(pointer + "endDate"))
            {
                context.ReportBuiltIn(pointer + "endDate", Code, end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), happening.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }
}
