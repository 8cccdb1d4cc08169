using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.UnresolvedPerson"/>: every reference to a person — a speaker, a session's
/// speakers, a recommendation's proponent, an article's authors — names one the document declares.
/// </summary>
internal sealed class PersonReferenceRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.UnresolvedPerson;

    /// <inheritdoc/>
    internal override void CheckValue(ValueRole role, string value, JsonPointerBuilder path, ContentRuleContext context)
    {
        if (role == ValueRole.PersonReference && !context.TryGetPerson(value, out _))
        {
            context.ReportBuiltIn(path.ToString(), Code, ValidationMessages.Display(value));
        }
    }
}
