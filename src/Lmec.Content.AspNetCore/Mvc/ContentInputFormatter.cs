using Lmec.Content.AspNetCore.Problems;
using Lmec.Content.AspNetCore.Reading;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Extensions.DependencyInjection;

namespace Lmec.Content.AspNetCore.Mvc;

/// <summary>
/// Reads a controller action's <c>[FromBody]</c> document (or <see cref="ContentBody{TDocument}"/>) as a minimal-API
/// endpoint does: strictly, within the limits, validated. A bad body fails the binding with one model-state entry per
/// finding, keyed by its JSON Pointer, and leaves the problem for the response: with <c>[ApiController]</c>, the same
/// problem details a minimal-API endpoint answers (<c>400</c>, <c>413</c>, <c>415</c>, <c>422</c>). It takes any
/// <c>Content-Type</c> for such a parameter, so that a wrong one gets that problem too.
/// </summary>
internal sealed class ContentInputFormatter : InputFormatter
{
    /// <summary>Initialises the formatter.</summary>
    public ContentInputFormatter()
    {
        SupportedMediaTypes.Add(MediaTypes.Json);
        SupportedMediaTypes.Add("application/*+json");
    }

    /// <inheritdoc/>
    public override bool CanRead(InputFormatterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return CanReadType(context.ModelType);
    }

    /// <summary>Reads the body, an empty one too: an empty body is a document that cannot be read, answered as a minimal-API endpoint answers it.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    public override Task<InputFormatterResult> ReadAsync(InputFormatterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ReadRequestBodyAsync(context);
    }

    /// <inheritdoc/>
    public override async Task<InputFormatterResult> ReadRequestBodyAsync(InputFormatterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parameter = new ContentParameter(context.ModelName, ContentParameter.Of(context.ModelType)!, Lines: false);
        var (body, document, problem, language) = await DocumentType.Of(parameter).ReadAsync(context.HttpContext).ConfigureAwait(false);
        if (body is not null)
        {
            context.HttpContext.RequestServices.GetRequiredService<ContentRequestScope>().Body = body;
            return InputFormatterResult.Success(context.ModelType.IsGenericType ? body : document);
        }

        if (problem is not null)
        {
            context.HttpContext.Features.Set(new ContentProblemFeature(problem, language));
            if (problem.Extensions.TryGetValue(ContentProblem.FindingsMember, out var value) && value is List<ProblemFinding> { Count: > 0 } findings)
            {
                foreach (var finding in findings)
                {
                    context.ModelState.TryAddModelError(finding.Pointer, $"{finding.Code}: {finding.Message}");
                }
            }
            else
            {
                context.ModelState.TryAddModelError(string.Empty, problem.Detail ?? problem.Title ?? string.Empty);
            }
        }

        return InputFormatterResult.Failure();
    }

    /// <inheritdoc/>
    protected override bool CanReadType(Type type) =>
        ContentParameter.Of(type) is not null && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ContentLines<>));
}
