using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.SessionOutsideEvent"/> (a warning): a session's date lies within the days of its event.
/// A warning, as <see cref="SpeechDateRule"/>: a preparatory session on the eve is sometimes reported with the event.
/// </summary>
internal sealed class SessionDateRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.SessionOutsideEvent;

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

            var sessions = happening.Sessions;
            for (var i = 0; i < sessions.Count; i++)
            {
                if (sessions[i].Date is { } date && EventDays.IsOutside(happening, date))
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + "/event/sessions", i) + "/date", Code, EventDays.Arguments(happening, date));
                }
            }
        }
    }
}
