using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.EmptyRepresentation"/>: a speech's <c>onBehalfOf</c> names a person, an organisation or,
/// in words, a body that is neither (<c>the LMC co-chairs</c>).
/// </summary>
internal sealed class EmptyRepresentationRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.EmptyRepresentation;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        foreach (var location in ArticleLocation.Of(document))
        {
            var speeches = location.Article.Speeches;
            for (var i = 0; i < speeches.Count; i++)
            {
                if (speeches[i].OnBehalfOf is { PersonId: null, OrganisationId: null, Description: null })
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + "/speeches", i) + "/onBehalfOf", Code);
                }
            }
        }
    }
}
