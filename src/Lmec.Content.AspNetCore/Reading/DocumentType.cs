using Lmec.Content.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Lmec.Content.AspNetCore.Reading;

/// <summary>
/// A document type a handler can take, with what the package does for it: its registration as request services (which
/// tells minimal APIs to take the parameter from the services rather than read the body themselves), its reading step
/// in front of a minimal-API handler, and its reading for the MVC input formatter. <see cref="All"/> is the one list of
/// them, made without reflection over generic types, so that it trims.
/// </summary>
internal abstract class DocumentType
{
    /// <summary>Gets every document type a handler can take: each root document, and <see cref="ContentDocument"/> for any.</summary>
    internal static IReadOnlyList<DocumentType> All { get; } =
        [new DocumentType<NewsletterIssue>(), new DocumentType<ArticleDocument>(), new DocumentType<OrganisationDirectory>(), new DocumentType<ContentDocument>()];

    /// <summary>Gets the type of document.</summary>
    internal abstract Type Type { get; }

    /// <summary>Finds the document type a parameter reads.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns>The document type.</returns>
    /// <exception cref="InvalidOperationException">The parameter's document type is no root document, such as <see cref="Article"/>.</exception>
    internal static DocumentType Of(ContentParameter parameter) =>
        All.FirstOrDefault(type => type.Type == parameter.DocumentType)
        ?? throw new InvalidOperationException($"The parameter '{parameter.Name}' is of the type {parameter.DocumentType.Name}, which is no root document; take NewsletterIssue, ArticleDocument, OrganisationDirectory or ContentDocument.");

    /// <summary>Registers the document, its <see cref="ContentBody{TDocument}"/> and its <see cref="ContentLines{TDocument}"/> as request services.</summary>
    /// <param name="services">The service collection.</param>
    internal abstract void Register(IServiceCollection services);

    /// <summary>Makes the request delegate that reads the body, then runs the handler's own delegate.</summary>
    /// <param name="lines">Whether the body is NDJSON.</param>
    /// <param name="next">The handler's delegate.</param>
    /// <returns>The delegate.</returns>
    internal abstract RequestDelegate Reading(bool lines, RequestDelegate next);

    /// <summary>Reads and validates one document, for the MVC input formatter.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The <see cref="ContentBody{TDocument}"/> and its document when valid, else the problem (neither when the client went away), and the language of the messages.</returns>
    internal abstract Task<(object? Body, object? Document, ProblemDetails? Problem, string Language)> ReadAsync(HttpContext context);
}
