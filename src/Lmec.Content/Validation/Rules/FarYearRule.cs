using System.Globalization;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.FarYear"/>, a warning: a date or timestamp whose year lies more than
/// <see cref="FarYears"/> years from the document's date. The document's date is its own date, a date or timestamp
/// member of the root (an issue's <c>publicationDate</c>, an article document's <c>submittedAt</c>, a directory's
/// <c>asOf</c>); without one, the middle year (the lower median) of all its dates. Where the year less 543 lies within
/// <see cref="FarYears"/> years of it, the year is most likely a Thai Buddhist Era year (2566 for 2023), and the
/// message says what to write; otherwise it says the year is far from the document's date. A document's own date in
/// the Buddhist Era, among Gregorian dates, is reported the same way, the middle year of the others then standing as
/// the document's date.
/// </summary>
internal sealed class FarYearRule : ContentRule
{
    /// <summary>How many years a date may lie from the document's date: a newsletter reports the present, and events and publications within a lifetime of it.</summary>
    internal const int FarYears = 100;

    /// <summary>The Thai solar calendar counts from 543 BCE: its year is the Gregorian year plus 543.</summary>
    private const int BuddhistEraOffset = 543;

    /// <summary>The most dates sorted on the stack.</summary>
    private const int StackDates = 64;

    /// <inheritdoc/>
    public override string Code => ValidationCodes.FarYear;

    /// <inheritdoc/>
    public override ValidationSeverity DefaultSeverity => ValidationSeverity.Warning;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        var farDates = context.Run.FarDates;
        for (var index = 0; index < farDates.Count; index++)
        {
            var far = farDates[index];
            if (far.Reference is null)
            {
                context.ReportBuiltIn(far.Pointer, Code, far.Date.Date.Year, Gregorian(far.Date));
            }
            else
            {
                context.ReportBuiltIn(far.Pointer, "LMEC221.far", far.Date.Date.Year, far.Reference.Value.ToString(), FarYears);
            }
        }
    }

    /// <summary>Finds the dates of a document whose year is far from the document's date.</summary>
    /// <param name="run">The run whose walk kept the document's dates, in the order of the document.</param>
    /// <returns>The far dates, in the same order.</returns>
    internal static IReadOnlyList<FarDate> Find(RuleRun run)
    {
        var dates = run.Dates;
        if (dates.Count < 2)
        {
            return [];
        }

        // The document's own date is the first date or timestamp member of the root.
        var own = -1;
        for (var index = 0; index < dates.Count && own < 0; index++)
        {
            own = dates[index].Depth == 1 ? index : -1;
        }

        // A document has a few dates: sorting them on the stack costs less than a list.
        var others = dates.Count <= StackDates ? stackalloc DateOnly[dates.Count] : new DateOnly[dates.Count];
        var count = 0;
        for (var index = 0; index < dates.Count; index++)
        {
            if (index != own)
            {
                others[count++] = dates[index].Date.Earliest;
            }
        }

        others = others[..count];
        others.Sort();
        var middle = others[(count - 1) / 2];
        var reference = own < 0 || IsBuddhistEra(dates[own].Date.Year, middle.Year) ? middle : dates[own].Date;
        List<FarDate>? found = null;
        for (var index = 0; index < dates.Count; index++)
        {
            var date = dates[index];
            var year = date.Date.Year;
            if (Math.Abs(year - reference.Year) > FarYears)
            {
                (found ??= []).Add(new FarDate(date, run.PointerOf(date), IsBuddhistEra(year, reference.Year) ? null : reference));
            }
        }

        return found ?? [];
    }

    private static bool IsBuddhistEra(int year, int reference) =>
        Math.Abs(year - reference) > FarYears && year > BuddhistEraOffset && Math.Abs(year - BuddhistEraOffset - reference) <= FarYears;

    private static string Gregorian(DocumentDate date) => date.Timestamp is { } timestamp
        ? timestamp.AddYears(-BuddhistEraOffset).ToString("yyyy'-'MM'-'dd'T'HH':'mm':'sszzz", CultureInfo.InvariantCulture)
        : date.Date.AddYears(-BuddhistEraOffset).ToString();
}
