using System.Globalization;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.EventAfterIssue"/>: an event that a newsletter issue reports did not start after the
/// issue was published. A start of reduced precision is after the issue only when the first day it covers is.
/// </summary>
internal sealed class EventAfterIssueRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.EventAfterIssue;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        if (document is not NewsletterIssue issue)
        {
            return;
        }

        if (context.Run.IsReportedFar("/publicationDate"))
        {
            return;
        }

        foreach (var location in ArticleLocation.Of(issue))
        {
            // The pointer is written only for an event after the issue, which a valid issue has none of.
            if (location.Article.Event is not { } happening || happening.StartDate.Earliest <= issue.PublicationDate)
            {
                continue;
            }

            var pointer = location.Pointer + "/event/startDate";
            if (!context.Run.IsReportedFar(pointer))
            {
                context.ReportBuiltIn(pointer, Code, happening.StartDate.ToString(), issue.PublicationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }
}
