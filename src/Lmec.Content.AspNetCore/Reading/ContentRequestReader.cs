using Lmec.Content.AspNetCore.Problems;
using Lmec.Content.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Lmec.Content.AspNetCore.Reading;

/// <summary>
/// Reads one document from a request body for a minimal-API endpoint and for the MVC input formatter alike: the
/// <c>Content-Type</c>, the size and time limits, then the validator of the request's language and the endpoint's
/// reading mode.
/// </summary>
internal static class ContentRequestReader
{
    /// <summary>Reads and validates the document of a request.</summary>
    /// <typeparam name="TDocument">The kind of document the endpoint takes.</typeparam>
    /// <param name="context">The request.</param>
    /// <returns>
    /// The valid body, or the problem to answer with; neither when the client went away. The language is that of the
    /// messages.
    /// </returns>
    internal static async Task<(ContentBody<TDocument>? Body, ProblemDetails? Problem, string Language)> ReadAsync<TDocument>(HttpContext context)
        where TDocument : ContentDocument
    {
        var reading = context.RequestServices.GetRequiredService<ContentReading>();
        var language = reading.LanguageOf(context.Request);
        var (mode, includeWarnings) = reading.SettingsOf(context);
        if (MediaTypes.Problem(context.Request, lines: false) is { } detail)
        {
            return (null, ContentProblem.UnsupportedMediaType(detail), language);
        }

        var read = await RequestBody.ReadAsync(context, reading.Limits.MaxDocumentBytes, reading.WebApi.BodyReadTimeout).ConfigureAwait(false);
        switch (read.Outcome)
        {
            case BodyOutcome.Aborted:
                return (null, null, language);
            case not BodyOutcome.Read:
                return (null, ContentProblem.Of(read, reading, language), language);
        }

        var result = reading.Validator(language, mode).Read<TDocument>(read.Content);
        return result.IsValid
            ? (new ContentBody<TDocument>(result.Document, result.Report, read.Content, language), null, language)
            : (null, ContentProblem.Of(result, includeWarnings), language);
    }
}
