using Lmec.Content.Model;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>Runs the rules over a document: the value rules in one shared walk, then each document rule.</summary>
internal static class RuleRunner
{
    /// <summary>Runs the rules.</summary>
    /// <param name="document">The document, structurally valid.</param>
    /// <param name="settings">The rules to run and the reading mode.</param>
    /// <param name="findings">Where findings go.</param>
    /// <param name="reportUnknownMembers"><see langword="true"/> to report, in the same walk, the members a lenient reader kept.</param>
    internal static void Run(ContentDocument document, ValidationSettings settings, ValidationFindings findings, bool reportUnknownMembers)
    {
        var context = new ContentRuleContext(document, findings);
        var visitor = settings.ValueRules.IsEmpty ? null : new RuleVisitor(settings.ValueRules, context);
        if (visitor is not null || reportUnknownMembers)
        {
            new ModelWalker(visitor, reportUnknownMembers ? findings : null, settings.Mode, checkStructure: false).Walk(document);
        }

        foreach (var rule in settings.DocumentRules)
        {
            context.Rule = rule;
            try
            {
                rule.Check(document, context);
            }
            catch (Exception exception) when (ValidationFindings.IsReportable(exception))
            {
                context.ReportFailure(rule, exception);
            }
            finally
            {
                context.Rule = null;
            }
        }
    }
}
