using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.PersonWithoutName"/>: a person's name has a family name, a given name or a printed form.
/// A person the source does not name is no person: a speech describes such a speaker (<c>speakerDescription</c>).
/// </summary>
internal sealed class PersonWithoutNameRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.PersonWithoutName;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        var people = document.People;
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].Name is { FamilyName: null, GivenName: null, AsPrinted: null })
            {
                context.ReportBuiltIn(JsonPointer.Append("/people", i) + "/name", Code, ValidationMessages.Display(people[i].Id));
            }
        }
    }
}
