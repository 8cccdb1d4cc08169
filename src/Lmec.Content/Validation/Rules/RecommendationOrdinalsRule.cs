using Lmec.Content.Contract;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.RecommendationOrdinals"/>: the recommendations of an article are numbered 1, 2, 3, … in
/// order. An ordinal out of its range (<see cref="ValidationCodes.InvalidInteger"/>, such as 0) is that finding's alone.
/// </summary>
internal sealed class RecommendationOrdinalsRule : ContentRule
{
    private static readonly WireMember Ordinal = WireContract.Of(typeof(Recommendation)).Find("ordinal")!;

    /// <inheritdoc/>
    public override string Code => ValidationCodes.RecommendationOrdinals;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        foreach (var location in ArticleLocation.Of(document))
        {
            var recommendations = location.Article.Recommendations;
            for (var i = 0; i < recommendations.Count; i++)
            {
                if (recommendations[i].Ordinal != i + 1 && Ordinal.IsInRange(recommendations[i].Ordinal))
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + "/recommendations", i) + "/ordinal", Code, i + 1, recommendations[i].Ordinal);
                }
            }
        }
    }
}
