using Lmec.Content.AspNetCore;
using Lmec.Content.AspNetCore.Mvc;
using Lmec.Content.AspNetCore.OpenApi;
using Lmec.Content.AspNetCore.Problems;
using Lmec.Content.AspNetCore.Reading;
using Lmec.Content.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the reading of LMEC content documents in web APIs.</summary>
public static class LmecContentWebApiServiceCollectionExtensions
{
    /// <summary>
    /// Makes every web API endpoint that takes a document read it strictly, within the limits, and validate it before the
    /// handler runs: a minimal-API handler with a parameter of a document type (<see cref="NewsletterIssue"/>,
    /// <see cref="ArticleDocument"/>, <see cref="OrganisationDirectory"/>, <see cref="ContentDocument"/>), a
    /// <see cref="ContentBody{TDocument}"/> or a <see cref="ContentLines{TDocument}"/> (NDJSON), and a controller action
    /// with such a <c>[FromBody]</c> parameter. A body that cannot be read or breaks the rules never reaches the handler: it
    /// is answered with problem details (RFC 9457) that list every finding in the language of <c>Accept-Language</c>.
    /// The OpenAPI documents of <c>AddOpenApi()</c> describe those request bodies by the published JSON Schemas.
    /// </summary>
    /// <remarks>
    /// It calls <c>AddLmecContent()</c>, whose options (reading mode, limits, rules) the endpoints use, and
    /// <c>AddProblemDetails()</c>. Calling it more than once registers nothing twice; each <paramref name="configure"/> runs.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the web API options; <see langword="null"/> keeps the defaults.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddLmecContentWebApi(this IServiceCollection services, Action<LmecContentWebApiOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLmecContent();
        services.AddProblemDetails();
        services.AddOptions<LmecContentWebApiOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<ContentReading>();
        services.TryAddScoped<ContentRequestScope>();
        foreach (var documentType in DocumentType.All)
        {
            documentType.Register(services);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, ContentEndpointPolicy>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>, ProblemJsonOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<MvcOptions>, ContentMvcOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<ApiBehaviorOptions>, ContentApiBehaviorOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<OpenApiOptions>, ContentOpenApiOptionsSetup>());
        return services;
    }
}
