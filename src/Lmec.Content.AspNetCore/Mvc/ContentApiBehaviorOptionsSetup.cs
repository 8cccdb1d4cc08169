using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Lmec.Content.AspNetCore.Mvc;

/// <summary>
/// Makes <c>[ApiController]</c> answer a document the input formatter rejected with the package's problem details, as a
/// minimal-API endpoint does, and leaves every other invalid model state to the application's own response.
/// </summary>
internal sealed class ContentApiBehaviorOptionsSetup : IPostConfigureOptions<ApiBehaviorOptions>
{
    /// <inheritdoc/>
    public void PostConfigure(string? name, ApiBehaviorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var previous = options.InvalidModelStateResponseFactory;
        options.InvalidModelStateResponseFactory = context =>
            context.HttpContext.Features.Get<ContentProblemFeature>() is { } problem ? new ContentProblemResult(problem) : previous(context);
    }
}
