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
            if (start.ParentId is null)
            {
                continue;
            }

            var chain = new List<string> { start.Id };
            var visited = new HashSet<string>(StringComparer.Ordinal) { start.Id };
            for (var parentId = start.ParentId; parentId is not null && context.TryGetOrganisation(parentId, out var parent); parentId = parent.ParentId)
            {
                chain.Add(parentId);
                if (string.Equals(parentId, start.Id, StringComparison.Ordinal))
                {
                    context.ReportBuiltIn(JsonPointer.Append(JsonPointer.Append("/organisations", i), "parentId"), Code, ValidationMessages.Display(start.Id), string.Join(" → ", chain));
                    break;
                }

                if (!visited.Add(parentId))
                {
                    break;
                }
            }
        }
    }
}
