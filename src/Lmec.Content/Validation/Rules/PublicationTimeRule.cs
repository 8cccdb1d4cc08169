using System.Globalization;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.PublicationTimeMismatch"/>: an article that gives both <c>datePublished</c> and
/// <c>publishedAt</c> gives one day: the date of <c>publishedAt</c> at its own offset (as the publisher's clock read it),
/// not in UTC.
/// </summary>
internal sealed class PublicationTimeRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.PublicationTimeMismatch;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        foreach (var location in ArticleLocation.Of(document))
        {
            // The pointers are written only for an article whose two dates differ, which a valid document has none of.
            if (location.Article is not { DatePublished: { } date, PublishedAt: { } time } || DateOnly.FromDateTime(time.DateTime) == date)
            {
                continue;
            }

            var pointer = location.Pointer + "/";
            if (!context.Run.IsReportedFar(pointer + "datePublished") && !context.Run.IsReportedFar(pointer + "publishedAt"))
            {
                context.ReportBuiltIn(
                    pointer + "publishedAt",
                    Code,
                    time.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'sszzz", CultureInfo.InvariantCulture),
                    time.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
                    date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture));
            }
        }
    }
}
