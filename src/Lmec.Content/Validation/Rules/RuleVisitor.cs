using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// Shows each string, integer and text of one walk to every value rule, and keeps the walk's dates for the document rules (<see cref="RuleRun.Dates"/>); a rule that
/// throws is reported once as <see cref="ValidationCodes.RuleFailed"/> and not asked again.
/// </summary>
internal sealed class RuleVisitor : IModelVisitor
{
    private readonly ValueRuleSet _rules;
    private RuleRun? _run;
    private readonly bool[] _failed;

    /// <summary>Initialises the visitor.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="run">What the rules of the validation share.</param>
    internal RuleVisitor(ValueRuleSet rules, RuleRun run)
    {
        _rules = rules;
        _run = run;
        _failed = new bool[rules.All.Length];
    }

    /// <summary>Gets the rules.</summary>
    internal ValueRuleSet Rules => _rules;

    /// <summary>Starts the next validation: its run, with no rule failed; or ends one, so that nothing of its document is kept.</summary>
    /// <param name="run">What the rules of the validation share, or <see langword="null"/> between validations.</param>
    internal void Start(RuleRun? run)
    {
        _run = run;
        Array.Clear(_failed);
    }

    /// <summary>One check of one value, asked of each rule in turn: a struct, so that the JIT makes a copy of <see cref="Run"/> for each and calls the rule directly, with no delegate.</summary>
    private interface ICheck
    {
        /// <summary>Asks a rule.</summary>
        /// <param name="rule">The rule.</param>
        /// <param name="path">Where the value stands.</param>
        /// <param name="run">What the rules of the validation share, and where findings go.</param>
        void Ask(ValueRule rule, JsonPointerBuilder path, RuleRun run);
    }

    /// <inheritdoc/>
    public void Value(WireMember member, string value, JsonPointerBuilder path) => Run(_rules.ByCategory[(int)member.Category], new ValueCheck(member, value), path);

    /// <inheritdoc/>
    public void Integer(WireMember member, long value, JsonPointerBuilder path) => Run(_rules.IntegerRules, new IntegerCheck(member, value), path);

    /// <inheritdoc/>
    public void Date(WireMember member, PartialDate value, JsonPointerBuilder path) => _run!.AddDate(value, null, path);

    /// <inheritdoc/>
    public void Timestamp(WireMember member, DateTimeOffset value, JsonPointerBuilder path) => _run!.AddDate(DateOnly.FromDateTime(value.DateTime), value, path);

    /// <inheritdoc/>
    public void Text(LocalizedText text, JsonPointerBuilder path) => Run(_rules.TextRules, new TextCheck(text), path);

    /// <inheritdoc/>
    public void StringList(WireMember member, IContentList list, JsonPointerBuilder path) => Run(_rules.StringListRules, new StringListCheck(member, list), path);

    /// <inheritdoc/>
    public void LongValue(WireMember member, string value, JsonPointerBuilder path) => Run(_rules.LengthRules, new LengthCheck(member, value), path);

    private void Run<TCheck>(int[] rules, TCheck check, JsonPointerBuilder path)
        where TCheck : struct, ICheck
    {
        if (rules.Length == 0 || _run!.Findings.IsFull)
        {
            return;
        }

        foreach (var index in rules)
        {
            if (_failed[index])
            {
                continue;
            }

            var rule = _rules.All[index];
            try
            {
                check.Ask(rule, path, _run!);
            }
            catch (Exception exception) when (ValidationFindings.IsReportable(exception))
            {
                _failed[index] = true;
                _run!.ReportFailure(rule, exception);
            }
        }
    }

    private readonly struct ValueCheck(WireMember member, string value) : ICheck
    {
        public void Ask(ValueRule rule, JsonPointerBuilder path, RuleRun run) => rule.CheckValue(member, value, path, run);
    }

    private readonly struct IntegerCheck(WireMember member, long value) : ICheck
    {
        public void Ask(ValueRule rule, JsonPointerBuilder path, RuleRun run) => rule.CheckInteger(member, value, path, run);
    }

    private readonly struct TextCheck(LocalizedText text) : ICheck
    {
        public void Ask(ValueRule rule, JsonPointerBuilder path, RuleRun run) => rule.CheckText(text, path, run);
    }

    private readonly struct StringListCheck(WireMember member, IContentList list) : ICheck
    {
        public void Ask(ValueRule rule, JsonPointerBuilder path, RuleRun run) => rule.CheckStringList(member, list, path, run);
    }

    private readonly struct LengthCheck(WireMember member, string value) : ICheck
    {
        public void Ask(ValueRule rule, JsonPointerBuilder path, RuleRun run) => rule.CheckLength(member, value, path, run);
    }
}
