using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.UnresolvedPerson"/>: every reference to a person — a speaker, a session's
/// speakers, a recommendation's proponent, an article's authors — names one the document declares.
/// </summary>
internal sealed class PersonReferenceRule : FormatRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.UnresolvedPerson;

    /// <inheritdoc/>
    protected override ValueRole Role => ValueRole.PersonReference;

    /// <inheritdoc/>
    protected override bool IsValid(string value, ContentRuleContext context) => context.TryGetPerson(value, out _);
}
