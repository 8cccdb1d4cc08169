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
    private RuleScratch? _scratch;
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
    internal IdIndex Ids => _ids ??= new IdIndex(Document, _scratch?.Ids ?? new(StringComparer.Ordinal));

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
            var farDates = FarDates;
            for (var index = 0; index < farDates.Count; index++)
            {
                if (farDates[index].Pointer == pointer)
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
    internal void AddDate(PartialDate date, DateTimeOffset? timestamp, JsonPointerBuilder path)
    {
        var paths = _datePaths ??= _scratch?.DatePaths ?? [];
        (_dates ??= _scratch?.Dates ?? []).Add(new DocumentDate(date, timestamp, paths.Count, path.Depth));
        path.CopyTo(paths);
    }

    /// <summary>Writes the pointer of a date the walk met.</summary>
    /// <param name="date">The date, one of <see cref="Dates"/>.</param>
    /// <returns>Its JSON Pointer.</returns>
    internal string PointerOf(DocumentDate date) => JsonPointerBuilder.Write(CollectionsMarshal.AsSpan(_datePaths).Slice(date.PathStart, date.Depth));

    /// <summary>Lends the run a thread's scratch, whose lists and dictionary its dates and ids then fill, until <see cref="Finish"/>.</summary>
    /// <param name="scratch">The scratch, empty.</param>
    internal void Use(RuleScratch scratch) => _scratch = scratch;

    /// <summary>
    /// Ends the run's use of the scratch, once its rules are done: what they kept there is dropped, and a rule's context
    /// used after its rule returned finds the document's ids again in an index of its own.
    /// </summary>
    internal void Finish()
    {
        _scratch = null;
        _ids = null;
        _dates = null;
        _datePaths = null;
    }

    /// <summary>Reports a finding of a built-in rule, with the rule's code and severity and a message of the catalogue.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="path">Where.</param>
    /// <param name="messageKey">The message key.</param>
    /// <param name="arguments">The message's values.</param>
    internal void Report(ContentRule rule, string path, string messageKey, params object?[] arguments) =>
        Findings.Add(new ValidationError { Code = rule.Code, Severity = rule.DefaultSeverity, Path = path, Message = Findings.Format(messageKey, arguments) });

    /// <summary>Reports that a rule threw, as <see cref="ValidationCodes.RuleFailed"/> at the root.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="exception">What it threw.</param>
    internal void ReportFailure(ContentRule rule, Exception exception) =>
        Findings.Add(ValidationCodes.RuleFailed, ValidationSeverity.Error, JsonPointer.Root, ValidationCodes.RuleFailed, $"{rule.GetType().Name} ({rule.Code})", exception.Message);

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
