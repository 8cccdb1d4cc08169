using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.PersonRoleNotIdentified"/>: a person's role in an event names the person
/// (<c>personId</c>) or describes who held it (<c>description</c>, such as "Myanmar's Ambassador").
/// </summary>
internal sealed class PersonRoleRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.PersonRoleNotIdentified;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        foreach (var location in ArticleLocation.Of(document))
        {
            if (location.Article.Event is not { PersonRoles.Count: > 0 } happening)
            {
                continue;
            }

            for (var index = 0; index < happening.PersonRoles.Count; index++)
            {
                if (happening.PersonRoles[index] is { PersonId: null, Description: null })
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + "/event/personRoles", index), Code);
                }
            }
        }
    }
}
