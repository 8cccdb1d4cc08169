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

    /// <inheritdoc/>
    public void Value(WireMember member, string value, JsonPointerBuilder path) =>
        Run(_rules.ByCategory[(int)member.Category], (member, value), path, static (rule, item, path, context) => rule.CheckValue(item.member, item.value, path, context));

    /// <inheritdoc/>
    public void Integer(WireMember member, long value, JsonPointerBuilder path) =>
        Run(_rules.IntegerRules, (member, value), path, static (rule, item, path, context) => rule.CheckInteger(item.member, item.value, path, context));

    /// <inheritdoc/>
    public void Date(WireMember member, object value, JsonPointerBuilder path) => _run.AddDate(path.ToString(), value);

    /// <inheritdoc/>
    public void Text(LocalizedText text, JsonPointerBuilder path) =>
        Run(_rules.TextRules, text, path, static (rule, text, path, context) => rule.CheckText(text, path, context));

    /// <inheritdoc/>
    public void StringList(WireMember member, IContentList list, JsonPointerBuilder path) =>
        Run(_rules.StringListRules, (member, list), path, static (rule, item, path, context) => rule.CheckStringList(item.member, item.list, path, context));

    /// <inheritdoc/>
    public void LongValue(WireMember member, string value, JsonPointerBuilder path) =>
        Run(_rules.LengthRules, (member, value), path, static (rule, item, path, context) => rule.CheckLength(item.member, item.value, path, context));

    private void Run<TItem>(int[] rules, TItem item, JsonPointerBuilder path, Action<ValueRule, TItem, JsonPointerBuilder, ContentRuleContext> check)
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
                check(rule, item, path, context);
            }
            catch (Exception exception) when (ValidationFindings.IsReportable(exception))
            {
                _failed[index] = true;
                context.ReportFailure(exception);
            }
        }
    }
}
