using System.Globalization;
using Lmec.Content.Contract;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.IssueYearMismatch"/>: a newsletter issue's year is the year of its publication date. A year
/// out of its range (<see cref="ValidationCodes.InvalidInteger"/>, such as 20230) is that finding's alone.
/// </summary>
internal sealed class IssueYearRule : ContentRule
{
    private static readonly WireMember Year = WireContract.Of(typeof(NewsletterIssue)).Find("year")!;

    /// <inheritdoc/>
    public override string Code => ValidationCodes.IssueYearMismatch;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        if (document is NewsletterIssue issue && Year.IsInRange(issue.Year) && issue.Year != issue.PublicationDate.Year && !context.Run.IsReportedFar("/publicationDate"))
        {
            context.ReportBuiltIn("/year", Code, issue.Year, issue.PublicationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
