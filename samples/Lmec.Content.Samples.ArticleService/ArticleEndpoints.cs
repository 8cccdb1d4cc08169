using Lmec.Content.AspNetCore;
using Lmec.Content.Canonicalization;
using Lmec.Content.Interop.Ninjs;
using Lmec.Content.Interop.SchemaOrg;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using Microsoft.Net.Http.Headers;

namespace Lmec.Content.Samples.ArticleService;

/// <summary>The service's endpoints: submit articles (one, or many as NDJSON), get one in the format the client accepts, list them.</summary>
public static class ArticleEndpoints
{
    /// <summary>The media type of a schema.org JSON-LD export.</summary>
    public const string JsonLd = "application/ld+json";

    /// <summary>The media type of an IPTC ninjs 3.1 export.</summary>
    public const string Ninjs = "application/ninjs+json";

    private static readonly string[] Formats = ["application/json", JsonLd, Ninjs];

    /// <summary>Maps the endpoints under <c>/articles</c>.</summary>
    /// <param name="endpoints">The application.</param>
    /// <returns>The application, for chaining.</returns>
    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder endpoints)
    {
        var articles = endpoints.MapGroup("/articles").WithTags("Articles");

        // A document parameter is all it takes: the body is read, validated and answered with problem details when bad.
        articles.MapPost("/", SubmitAsync)
            .WithSummary("Submits an article document; it is stored byte for byte with its canonical digest.")
            .Produces<ArticleReceipt>(StatusCodes.Status201Created)
            .Produces<ArticleReceipt>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status409Conflict);
        articles.MapPost("/lines", SubmitLines)
            .WithSummary("Submits article documents as NDJSON, one a line; each line is answered as it is read.");
        articles.MapGet("/{id}", GetAsync)
            .WithSummary("Gets an article: as submitted (application/json), as schema.org JSON-LD (application/ld+json) or as IPTC ninjs (application/ninjs+json), by the Accept header.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: [JsonLd, Ninjs])
            .Produces(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status406NotAcceptable);
        articles.MapGet("/", ListAsync)
            .WithSummary("Lists the stored articles.");
        return endpoints;
    }

    private static async Task<IResult> SubmitAsync(ContentBody<ArticleDocument> body, ArticleStore store, CancellationToken cancellationToken)
    {
        var (outcome, stored) = await StoreAsync(body.Document, body.Utf8Json, store, cancellationToken);
        var receipt = Receipt(stored, outcome, body.Report);
        return outcome switch
        {
            StoreOutcome.Created => TypedResults.Created(receipt.Location, receipt),
            StoreOutcome.Unchanged => TypedResults.Ok(receipt),
            _ => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Another document has this article id.",
                detail: $"The article '{stored.Id}' is stored already with the digest {stored.Digest}; give the new article an id of its own."),
        };
    }

    private static IResult SubmitLines(ContentLines<ArticleDocument> lines, ArticleStore store) =>
        lines.Respond(async (line, cancellationToken) =>
        {
            var (outcome, stored) = await StoreAsync(line.Document!, line.Utf8Json, store, cancellationToken);
            return Receipt(stored, outcome, line.Report);
        });

    private static async Task<IResult> GetAsync(string id, HttpRequest request, ArticleStore store, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } stored)
        {
            return TypedResults.NotFound();
        }

        var format = Negotiate(request);
        if (format is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status406NotAcceptable);
        }

        var etag = $"\"{stored.Digest}\"";
        return format switch
        {
            JsonLd => TypedResults.Text(SchemaOrgJsonLd.Export(ContentJson.Deserialize<ArticleDocument>(stored.Utf8Json)), JsonLd),
            Ninjs => TypedResults.Text(NinjsExport.Export(ContentJson.Deserialize<ArticleDocument>(stored.Utf8Json)), Ninjs),
            _ => TypedResults.Bytes(stored.Utf8Json, "application/json", entityTag: new EntityTagHeaderValue(etag)),
        };
    }

    private static async Task<IResult> ListAsync(ArticleStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListAsync(cancellationToken)).Select(static article => new ArticleSummary(article.Id, article.Digest, article.ReceivedAt, LocationOf(article.Id))));

    private static Task<(StoreOutcome Outcome, StoredArticle Article)> StoreAsync(ArticleDocument document, ReadOnlyMemory<byte> utf8Json, ArticleStore store, CancellationToken cancellationToken) =>
        store.AddAsync(document.Article.Id, utf8Json, CanonicalJson.ComputeDigest(utf8Json.Span).ToString(), cancellationToken);

    private static ArticleReceipt Receipt(StoredArticle stored, StoreOutcome outcome, ValidationReport report) =>
        new(stored.Id, stored.Digest, LocationOf(stored.Id), outcome.ToString().ToLowerInvariant(),
            [.. report.Errors.Where(static error => error.Severity == ValidationSeverity.Warning).Select(static warning => new ArticleWarning(warning.Code, warning.Path, warning.Message))]);

    private static string LocationOf(string id) => $"/articles/{Uri.EscapeDataString(id)}";

    /// <summary>Chooses the format the client accepts best: JSON when it names none of ours but accepts anything.</summary>
    private static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return Formats[0];
        }

        foreach (var range in accept.Where(static range => range.Quality is not 0).OrderByDescending(static range => range.Quality ?? 1))
        {
            if (Formats.FirstOrDefault(format => new MediaTypeHeaderValue(format).IsSubsetOf(range)) is { } format)
            {
                return format;
            }
        }

        return null;
    }
}
