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
    public void Value(ValueRole role, string value, JsonPointerBuilder path)
    {
        if (_context.IsFull)
        {
            return;
        }

        foreach (var rule in _rules.ByRole[(int)role])
        {
            if (Enter(rule))
            {
                try
                {
                    rule.CheckValue(role, value, path, _context);
                }
                catch (Exception exception) when (ValidationFindings.IsReportable(exception))
                {
                    Fail(rule, exception);
                }
            }
        }

        _context.Rule = null;
    }

    /// <inheritdoc/>
    public void Text(LocalizedText text, JsonPointerBuilder path)
    {
        if (_context.IsFull)
        {
            return;
        }

        foreach (var rule in _rules.TextRules)
        {
            if (Enter(rule))
            {
                try
                {
                    rule.CheckText(text, path, _context);
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
