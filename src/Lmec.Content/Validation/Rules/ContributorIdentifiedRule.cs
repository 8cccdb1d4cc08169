using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary><see cref="ValidationCodes.ContributorNotIdentified"/>: a contributor to an article is a declared person (<c>personId</c>) or a name as printed (<c>name</c>).</summary>
internal sealed class ContributorIdentifiedRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.ContributorNotIdentified;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        foreach (var location in ArticleLocation.Of(document))
        {
            var contributors = location.Article.Contributors;
            for (var index = 0; index < contributors.Count; index++)
            {
                if (contributors[index] is { PersonId: null, Name: null })
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + "/contributors", index), Code);
                }
            }
        }
    }
}
