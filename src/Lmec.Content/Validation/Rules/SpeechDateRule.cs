using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.SpeechOutsideEvent"/> (a warning): a speech's date lies within the days of the event its
/// article reports. A warning: a reception on the eve of a meeting is sometimes reported with it.
/// </summary>
internal sealed class SpeechDateRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.SpeechOutsideEvent;

    /// <inheritdoc/>
    public override ValidationSeverity DefaultSeverity => ValidationSeverity.Warning;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        foreach (var location in ArticleLocation.Of(document))
        {
            if (location.Article.Event is not { } happening)
            {
                continue;
            }

            var speeches = location.Article.Speeches;
            for (var i = 0; i < speeches.Count; i++)
            {
                if (speeches[i].Date is { } date && EventDays.IsOutside(happening, date))
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + "/speeches", i) + "/date", Code, EventDays.Arguments(happening, date));
                }
            }
        }
    }
}
