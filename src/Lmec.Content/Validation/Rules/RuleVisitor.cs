using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// Shows each string and text of one walk to every value rule; a rule that throws is reported once as
/// <see cref="ValidationCodes.RuleFailed"/> and not asked again.
/// </summary>
internal sealed class RuleVisitor : IModelVisitor
{
    private readonly ValueRuleSet _rules;
    private readonly ContentRuleContext _context;
    private HashSet<ValueRule>? _failed;

    /// <summary>Initialises the visitor.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="context">The context of the validation.</param>
    internal RuleVisitor(ValueRuleSet rules, ContentRuleContext context)
    {
        _rules = rules;
        _context = context;
    }

    /// <inheritdoc/>
    public void Value(WireMember member, string value, JsonPointerBuilder path) =>
        Run(_rules.ByCategory[(int)member.Category], (member, value), path, static (rule, item, path, context) => rule.CheckValue(item.member, item.value, path, context));

    /// <inheritdoc/>
    public void Integer(WireMember member, long value, JsonPointerBuilder path) =>
        Run(_rules.IntegerRules, (member, value), path, static (rule, item, path, context) => rule.CheckInteger(item.member, item.value, path, context));

    /// <inheritdoc/>
    public void Text(LocalizedText text, JsonPointerBuilder path) =>
        Run(_rules.TextRules, text, path, static (rule, text, path, context) => rule.CheckText(text, path, context));

    /// <inheritdoc/>
    public void StringList(WireMember member, IContentList list, JsonPointerBuilder path) =>
        Run(_rules.StringListRules, (member, list), path, static (rule, item, path, context) => rule.CheckStringList(item.member, item.list, path, context));

    /// <inheritdoc/>
    public void LongValue(WireMember member, string value, JsonPointerBuilder path) =>
        Run(_rules.LengthRules, (member, value), path, static (rule, item, path, context) => rule.CheckLength(item.member, item.value, path, context));

    private void Run<TItem>(ValueRule[] rules, TItem item, JsonPointerBuilder path, Action<ValueRule, TItem, JsonPointerBuilder, ContentRuleContext> check)
    {
        if (rules.Length == 0 || _context.IsFull)
        {
            return;
        }

        foreach (var rule in rules)
        {
            if (Enter(rule))
            {
                try
                {
                    check(rule, item, path, _context);
                }
                catch (Exception exception) when (ValidationFindings.IsReportable(exception))
                {
                    Fail(rule, exception);
                }
            }
        }

        _context.Rule = null;
    }

    private bool Enter(ValueRule rule)
    {
        if (_failed is not null && _failed.Contains(rule))
        {
            return false;
        }

        _context.Rule = rule;
        return true;
    }

    private void Fail(ValueRule rule, Exception exception)
    {
        (_failed ??= []).Add(rule);
        _context.ReportFailure(rule, exception);
    }
}
