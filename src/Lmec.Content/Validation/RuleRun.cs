using System.Runtime.InteropServices;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation.Rules;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation;

/// <summary>
/// What the rules of one validation share: the document, where findings go, and the lookups of the organisations
/// and people it declares, built once, on first use. Each rule gets a <see cref="ContentRuleContext"/> of its own over it.
/// </summary>
/// <param name="document">The document.</param>
/// <param name="findings">Where findings go.</param>
/// <param name="farYearsReported">Whether <see cref="ValidationCodes.FarYear"/> runs, so that a far year is reported as the cause of what it breaks.</param>
internal sealed class RuleRun(ContentDocument document, ValidationFindings findings, bool farYearsReported)
{
    private IdIndex? _ids;
    private IReadOnlyList<string>? _textLanguages;
    private List<DocumentDate>? _dates;
    private List<(string? Name, int Index)>? _datePaths;
    private IReadOnlyList<FarDate>? _farDates;

    /// <summary>Gets the document.</summary>
    internal ContentDocument Document { get; } = document;

    /// <summary>Gets where findings go.</summary>
    internal ValidationFindings Findings { get; } = findings;

    /// <summary>Gets the ids the document declares, indexed once, on first use: by the references, the rule of unique ids and partners' rules.</summary>
    internal IdIndex Ids => _ids ??= new IdIndex(Document);

    /// <summary>
    /// Gets the languages the document's texts are written in, those most texts are written in first, tags compared
    /// without regard to case: found in a walk of their own, on first use, which only a document with a fault needs.
    /// </summary>
    internal IReadOnlyList<string> TextLanguages => _textLanguages ??= CountTextLanguages(Document);

    /// <summary>Gets every date and timestamp of the document with where it stands, in the order of the document, as the walk of the value rules met them.</summary>
    internal IReadOnlyList<DocumentDate> Dates => _dates ?? [];

    /// <summary>Gets the dates whose year is far from the document's date, found once, on first use.</summary>
    internal IReadOnlyList<FarDate> FarDates => _farDates ??= FarYearRule.Find(this);

    /// <summary>
    /// Tells whether a date is reported as far from the document's date (a Buddhist Era year, most likely): the rules
    /// that compare dates then leave it alone, so that one cause gives one finding. When that rule is switched off,
    /// the comparisons report it as they would any date.
    /// </summary>
    /// <param name="pointer">Where the date stands.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    internal bool IsReportedFar(string pointer)
    {
        if (farYearsReported)
        {
            foreach (var far in FarDates)
            {
                if (far.Pointer == pointer)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Keeps a date or timestamp the walk met, and where it stands, without writing its pointer.</summary>
    /// <param name="date">The date, or the local date of a timestamp.</param>
    /// <param name="timestamp">The timestamp, or <see langword="null"/> for a date.</param>
    /// <param name="path">Where it stands.</param>
    internal void AddDate(DateOnly date, DateTimeOffset? timestamp, JsonPointerBuilder path)
    {
        var paths = _datePaths ??= [];
        (_dates ??= []).Add(new DocumentDate(date, timestamp, paths.Count, path.Depth));
        path.CopyTo(paths);
    }

    /// <summary>Writes the pointer of a date the walk met.</summary>
    /// <param name="date">The date, one of <see cref="Dates"/>.</param>
    /// <returns>Its JSON Pointer.</returns>
    internal string PointerOf(DocumentDate date) => JsonPointerBuilder.Write(CollectionsMarshal.AsSpan(_datePaths).Slice(date.PathStart, date.Depth));

    /// <summary>Makes the context of one rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>Its context, whose reports take the rule's code and severity.</returns>
    internal ContentRuleContext ContextFor(ContentRule rule) => new(this, rule);

    private static IReadOnlyList<string> CountTextLanguages(ContentDocument document)
    {
        var counter = new TextLanguageCounter();
        new ModelWalker(counter, findings: null, ContentReadMode.Strict, checkStructure: false).Walk(document);
        return counter.Languages;
    }
}
