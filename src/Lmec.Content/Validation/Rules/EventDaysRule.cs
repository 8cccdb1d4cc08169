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

            var days = happening.Days;
            for (var index = 0; index < days.Count; index++)
            {
                if (EventDays.IsOutside(happening, days[index]))
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + "/event/days", index), Code, EventDays.Arguments(happening, days[index]));
                }
                else if (index > 0 && days[index] <= days[index - 1])
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + "/event/days", index), "LMEC233.order", EventDays.Write(days[index]), EventDays.Write(days[index - 1]));
                }
            }
        }
    }
}
