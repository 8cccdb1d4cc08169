using Lmec.Content.Serialization;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// What the rules' walk of a document needs and leaves behind empty — the walker and its visitor, the index of ids,
/// the dates and their paths — kept per thread and reused from one validation to the next, so that validating many
/// documents allocates none of it again. A validation rents it and gives it back when its rules are done; one that
/// runs inside another (a partner's rule that validates) rents a scratch of its own.
/// </summary>
internal sealed class RuleScratch
{
    // A scratch grown by a huge document is let go rather than kept for the life of the thread.
    private const int MaxKept = 4096;

    [ThreadStatic]
    private static RuleScratch? t_spare;

    private ModelWalker? _walker;
    private RuleVisitor? _visitor;
    private ContentReadMode _mode;

    /// <summary>Gets the dictionary of the index of ids, empty.</summary>
    internal Dictionary<string, IdDeclaration> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the list of dates, empty.</summary>
    internal List<DocumentDate> Dates { get; } = [];

    /// <summary>Gets the list of the dates' path tokens, empty.</summary>
    internal List<(string? Name, int Index)> DatePaths { get; } = [];

    /// <summary>Takes this thread's scratch, or a new one when it has none or it is in use.</summary>
    /// <returns>The scratch.</returns>
    internal static RuleScratch Rent()
    {
        var scratch = t_spare ?? new RuleScratch();
        t_spare = null;
        return scratch;
    }

    /// <summary>Gets a walker that shows the document to the value rules of a run.</summary>
    /// <param name="run">The run.</param>
    /// <param name="settings">The rules and the reading mode.</param>
    /// <param name="unknownMembers">Where the members a lenient reader kept are reported, or <see langword="null"/> to report none.</param>
    /// <returns>The walker.</returns>
    internal ModelWalker Walker(RuleRun run, ValidationSettings settings, ValidationFindings? unknownMembers)
    {
        if (_walker is null || _visitor!.Rules != settings.ValueRules || _mode != settings.Mode)
        {
            _visitor = new RuleVisitor(settings.ValueRules, run);
            _walker = new ModelWalker(_visitor, unknownMembers, settings.Mode, checkStructure: false);
            _mode = settings.Mode;
        }

        _visitor.Start(run);
        _walker.ReportTo(unknownMembers);
        return _walker;
    }

    /// <summary>Empties the scratch and gives it back to this thread, unless a huge document grew it.</summary>
    internal void Return()
    {
        if (Ids.Count > MaxKept || DatePaths.Count > MaxKept)
        {
            return;
        }

        _visitor?.Start(null);
        _walker?.ReportTo(null);
        Ids.Clear();
        Dates.Clear();
        DatePaths.Clear();
        t_spare = this;
    }
}
