using System.Globalization;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.EventDaysOutOfRange"/>: the days an event was held on lie within its start and end
/// dates (its start date alone for an event of one day), each after the one before it.
/// </summary>
internal sealed class EventDaysRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.EventDaysOutOfRange;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        foreach (var location in ArticleLocation.Of(document))
        {
            if (location.Article.Event is not { Days.Count: > 0 } happening)
            {
                continue;
            }

            var first = happening.StartDate;
            var last = happening.EndDate ?? first;
            DateOnly? before = null;
            for (var index = 0; index < happening.Days.Count; index++)
            {
                var day = happening.Days[index];
                if (day < first || day > last)
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + "/event/days", index), Code, Format(day), Format(first), Format(last));
                }
                else if (day <= before)
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + "/event/days", index), "LMEC233.order", Format(day), Format(before.Value));
                }

                before = day;
            }
        }
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
