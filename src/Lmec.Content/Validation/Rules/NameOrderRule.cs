using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.NameOrderMissing"/>: a name of two parts, a family name and a given name, says in which
/// order they are written. A name of one part needs no order.
/// </summary>
internal sealed class NameOrderRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.NameOrderMissing;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        var people = document.People;
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].Name is { FamilyName: not null, GivenName: not null, Order: null })
            {
                context.ReportBuiltIn(JsonPointer.Append("/people", i) + "/name", Code, ValidationMessages.Display(people[i].Id));
            }
        }
    }
}
