using Lmec.Content.AspNetCore.Problems;
using Lmec.Content.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lmec.Content.AspNetCore.Reading;

/// <summary>What the package does for one document type.</summary>
/// <typeparam name="TDocument">The type of document.</typeparam>
internal sealed class DocumentType<TDocument> : DocumentType
    where TDocument : ContentDocument
{
    /// <inheritdoc/>
    internal override Type Type => typeof(TDocument);

    /// <inheritdoc/>
    internal override void Register(IServiceCollection services)
    {
        services.TryAddScoped(static provider => provider.GetRequiredService<ContentRequestScope>().Get<ContentBody<TDocument>>());
        services.TryAddScoped(static provider => provider.GetRequiredService<ContentBody<TDocument>>().Document);
        services.TryAddScoped(static provider => provider.GetRequiredService<ContentRequestScope>().Get<ContentLines<TDocument>>());
    }

    /// <inheritdoc/>
    internal override RequestDelegate Reading(bool lines, RequestDelegate next) =>
        lines ? context => ReadLinesAsync(context, next) : context => ReadDocumentAsync(context, next);

    /// <inheritdoc/>
    internal override async Task<(object? Body, object? Document, ProblemDetails? Problem, string Language)> ReadAsync(HttpContext context)
    {
        var (body, problem, language) = await ContentRequestReader.ReadAsync<TDocument>(context).ConfigureAwait(false);
        return (body, body?.Document, problem, language);
    }

    private static async Task ReadDocumentAsync(HttpContext context, RequestDelegate next)
    {
        var (body, problem, language) = await ContentRequestReader.ReadAsync<TDocument>(context).ConfigureAwait(false);
        if (problem is not null)
        {
            await ContentProblem.WriteAsync(context, problem, language).ConfigureAwait(false);
        }
        else if (body is not null)
        {
            context.RequestServices.GetRequiredService<ContentRequestScope>().Body = body;
            await next(context).ConfigureAwait(false);
        }
    }

    private static async Task ReadLinesAsync(HttpContext context, RequestDelegate next)
    {
        var stream = new ContentLines<TDocument>(context, context.RequestServices.GetRequiredService<ContentReading>());
        if (MediaTypes.Problem(context.Request, lines: true) is { } detail)
        {
            await ContentProblem.WriteAsync(context, ContentProblem.UnsupportedMediaType(detail), stream.Language).ConfigureAwait(false);
            return;
        }

        context.RequestServices.GetRequiredService<ContentRequestScope>().Body = stream;
        await next(context).ConfigureAwait(false);
    }
}
