using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>Runs the rules over a document read into the model: the value rules in one shared walk, which also keeps the document's dates, then each document rule, each with a context of its own.</summary>
internal static class RuleRunner
{
    /// <summary>Runs the rules.</summary>
    /// <param name="document">The document, structurally valid.</param>
    /// <param name="settings">The rules to run and the reading mode.</param>
    /// <param name="findings">Where findings go.</param>
    /// <param name="reportUnknownMembers"><see langword="true"/> to report, in the same walk, the members a lenient reader kept.</param>
    internal static void Run(ContentDocument document, ValidationSettings settings, ValidationFindings findings, bool reportUnknownMembers)
    {
        // One walk shows every value to the value rules and keeps the dates the document rules compare.
        var scratch = RuleScratch.Rent();
        var run = new RuleRun(document, findings, settings.ReportsFarYears);
        run.Use(scratch);
        scratch.Walker(run, settings, reportUnknownMembers ? findings : null).Walk(document);
        ExtensionCheck.Run(document, settings, findings);

        foreach (var rule in settings.DocumentRules)
        {
            var context = run.ContextFor(rule);
            try
            {
                rule.Check(document, context);
            }
            catch (Exception exception) when (ValidationFindings.IsReportable(exception))
            {
                context.ReportFailure(exception);
            }
        }

        // Not given back when a rule's exception escapes (out of memory): a scratch in an unknown state is left to the collector.
        run.Finish();
        scratch.Return();
    }
}
