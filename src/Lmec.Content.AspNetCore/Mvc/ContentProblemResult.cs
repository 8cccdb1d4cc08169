using Lmec.Content.AspNetCore.Problems;
using Microsoft.AspNetCore.Mvc;

namespace Lmec.Content.AspNetCore.Mvc;

/// <summary>Answers with the problem the input formatter met, as a minimal-API endpoint answers the same body.</summary>
/// <param name="feature">The problem.</param>
internal sealed class ContentProblemResult(ContentProblemFeature feature) : IActionResult
{
    /// <inheritdoc/>
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ContentProblem.WriteAsync(context.HttpContext, feature.Problem, feature.Language);
    }
}
