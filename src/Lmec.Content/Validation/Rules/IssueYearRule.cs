using System.Globalization;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.IssueYearMismatch"/>: a newsletter issue's year is the year of its publication date.</summary>
internal sealed class IssueYearRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.IssueYearMismatch;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        if (document is NewsletterIssue issue && issue.Year != issue.PublicationDate.Year)
        {
            context.ReportBuiltIn("/year", Code, issue.Year, issue.PublicationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
