using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.EmptyAffiliation"/>: an affiliation names a position, an organisation the document
/// declares (<c>organisationId</c>) or one it only names (<c>organisationName</c>); a country or dates alone say no position.
/// </summary>
internal sealed class EmptyAffiliationRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.EmptyAffiliation;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        var people = document.People;
        for (var i = 0; i < people.Count; i++)
        {
            var affiliations = people[i].Affiliations;
            for (var j = 0; j < affiliations.Count; j++)
            {
                if (affiliations[j] is { Position: null, OrganisationId: null, OrganisationName: null })
                {
                    context.ReportBuiltIn(JsonPointer.Append(JsonPointer.Append("/people", i) + "/affiliations", j), Code, ValidationMessages.Display(people[i].Id));
                }
            }
        }
    }
}
