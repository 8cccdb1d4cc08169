using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.ParentCycle"/>: following organisations' parents never leads back to where it started.</summary>
internal sealed class ParentCycleRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.ParentCycle;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        for (var i = 0; i < document.Organisations.Count; i++)
        {
            var start = document.Organisations[i];
            if (start.ParentId is not null && StepsBack(start, document.Organisations.Count, context) is var steps and > 0)
            {
                context.ReportBuiltIn(JsonPointer.Append(JsonPointer.Append("/organisations", i), "parentId"), Code, ValidationMessages.Display(start.Id), string.Join(" → ", Chain(start, steps, context)));
            }
        }
    }

    // How many steps up the parents lead back to the organisation, or 0 when they do not. The parents are looked up by
    // id, so a chain that never comes back repeats an id within as many steps as there are organisations: that bound
    // stops it without a set of the ids seen, which every organisation with a parent would otherwise cost.
    private static int StepsBack(Organisation start, int organisations, ContentRuleContext context)
    {
        var parentId = start.ParentId;
        for (var steps = 1; steps <= organisations && parentId is not null && context.TryGetOrganisation(parentId, out var parent); steps++)
        {
            if (string.Equals(parentId, start.Id, StringComparison.Ordinal))
            {
                return steps;
            }

            parentId = parent.ParentId;
        }

        return 0;
    }

    // The ids of a cycle found by StepsBack, from the organisation back to it.
    private static List<string> Chain(Organisation start, int steps, ContentRuleContext context)
    {
        var chain = new List<string>(steps + 1) { start.Id };
        var parentId = start.ParentId!;
        for (var step = 0; step < steps; step++)
        {
            chain.Add(parentId);
            if (context.TryGetOrganisation(parentId, out var parent) && parent.ParentId is { } next)
            {
                parentId = next;
            }
        }

        return chain;
    }
}
