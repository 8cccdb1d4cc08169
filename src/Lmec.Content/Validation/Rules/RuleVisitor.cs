using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// Shows each string, integer and text of one walk to every value rule, each with a context of its own, and keeps the walk's dates for the document rules (<see cref="RuleRun.Dates"/>); a rule that
/// throws is reported once as <see cref="ValidationCodes.RuleFailed"/> and not asked again.
/// </summary>
internal sealed class RuleVisitor : IModelVisitor
{
    private readonly ValueRuleSet _rules;
    private readonly RuleRun _run;
    private readonly ContentRuleContext?[] _contexts;
    private readonly bool[] _failed;

    /// <summary>Initialises the visitor.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="run">What the rules of the validation share.</param>
    internal RuleVisitor(ValueRuleSet rules, RuleRun run)
    {
        _rules = rules;
        _run = run;
        _contexts = new ContentRuleContext?[rules.All.Length];
        _failed = new bool[rules.All.Length];
    }

    /// <summary>One check of one value, asked of each rule in turn: a struct, so that the JIT makes a copy of <see cref="Run"/> for each and calls the rule directly, with no delegate.</summary>
    private interface ICheck
    {
        /// <summary>Asks a rule.</summary>
        /// <param name="rule">The rule.</param>
        /// <param name="path">Where the value stands.</param>
        /// <param name="context">The rule's context.</param>
        void Ask(ValueRule rule, JsonPointerBuilder path, ContentRuleContext context);
    }

    /// <inheritdoc/>
    public void Value(WireMember member, string value, JsonPointerBuilder path) => Run(_rules.ByCategory[(int)member.Category], new ValueCheck(member, value), path);

    /// <inheritdoc/>
    public void Integer(WireMember member, long value, JsonPointerBuilder path) => Run(_rules.IntegerRules, new IntegerCheck(member, value), path);

    /// <inheritdoc/>
    public void Date(WireMember member, DateOnly value, JsonPointerBuilder path) => _run.AddDate(value, null, path);

    /// <inheritdoc/>
    public void Timestamp(WireMember member, DateTimeOffset value, JsonPointerBuilder path) => _run.AddDate(DateOnly.FromDateTime(value.DateTime), value, path);

    /// <inheritdoc/>
    public void Text(LocalizedText text, JsonPointerBuilder path) => Run(_rules.TextRules, new TextCheck(text), path);

    /// <inheritdoc/>
    public void StringList(WireMember member, IContentList list, JsonPointerBuilder path) => Run(_rules.StringListRules, new StringListCheck(member, list), path);

    /// <inheritdoc/>
    public void LongValue(WireMember member, string value, JsonPointerBuilder path) => Run(_rules.LengthRules, new LengthCheck(member, value), path);

    private void Run<TCheck>(int[] rules, TCheck check, JsonPointerBuilder path)
        where TCheck : struct, ICheck
    {
        if (rules.Length == 0 || _run.Findings.IsFull)
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
            var context = _contexts[index] ??= _run.ContextFor(rule);
            try
            {
                check.Ask(rule, path, context);
            }
            catch (Exception exception) when (ValidationFindings.IsReportable(exception))
            {
                _failed[index] = true;
                context.ReportFailure(exception);
            }
        }
    }

    private readonly struct ValueCheck(WireMember member, string value) : ICheck
    {
        public void Ask(ValueRule rule, JsonPointerBuilder path, ContentRuleContext context) => rule.CheckValue(member, value, path, context);
    }

    private readonly struct IntegerCheck(WireMember member, long value) : ICheck
    {
        public void Ask(ValueRule rule, JsonPointerBuilder path, ContentRuleContext context) => rule.CheckInteger(member, value, path, context);
    }

    private readonly struct TextCheck(LocalizedText text) : ICheck
    {
        public void Ask(ValueRule rule, JsonPointerBuilder path, ContentRuleContext context) => rule.CheckText(text, path, context);
    }

    private readonly struct StringListCheck(WireMember member, IContentList list) : ICheck
    {
        public void Ask(ValueRule rule, JsonPointerBuilder path, ContentRuleContext context) => rule.CheckStringList(member, list, path, context);
    }

    private readonly struct LengthCheck(WireMember member, string value) : ICheck
    {
        public void Ask(ValueRule rule, JsonPointerBuilder path, ContentRuleContext context) => rule.CheckLength(member, value, path, context);
    }
}
