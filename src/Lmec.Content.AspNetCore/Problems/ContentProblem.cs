using System.Globalization;
using Lmec.Content.AspNetCore.Reading;
using Lmec.Content.Model;
using Lmec.Content.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Lmec.Content.AspNetCore.Problems;

/// <summary>
/// The problem responses (RFC 9457) of the endpoints, and the one decision of their status: <c>413</c> when the body
/// passed the size limit; <c>400</c> when it could not be read into the model (not UTF-8, not strict JSON, a wrong
/// structure); <c>422</c> when it was read but breaks the rules. Every finding is in the extension member
/// <c>findings</c>, with its code, severity, pointer, line, column and message in the request's language.
/// </summary>
internal static class ContentProblem
{
    /// <summary>The name of the extension member that lists the findings.</summary>
    internal const string FindingsMember = "findings";

    /// <summary>Makes the problem of a document validation rejected.</summary>
    /// <typeparam name="TDocument">The kind of document.</typeparam>
    /// <param name="result">The result, which is invalid.</param>
    /// <param name="includeWarnings">Whether warnings are listed beside errors.</param>
    /// <returns>The problem.</returns>
    internal static ProblemDetails Of<TDocument>(ValidationResult<TDocument> result, bool includeWarnings)
        where TDocument : ContentDocument
    {
        var report = result.Report;
        var errors = report.Errors.Count(static error => error.Severity == ValidationSeverity.Error);
        ProblemDetails problem;
        if (report.Errors.Any(static error => error.Code == ValidationCodes.DocumentTooLarge))
        {
            problem = TooLarge();
        }
        else if (result.Document is null)
        {
            problem = new ProblemDetails
            {
                Type = ContentProblemTypes.UnreadableDocument,
                Title = "The body is not a document that can be read.",
                Status = StatusCodes.Status400BadRequest,
                Detail = Count(errors, "The body could not be read as a document of the wire format") + " Each finding says where and what to write instead.",
            };
        }
        else
        {
            problem = new ProblemDetails
            {
                Type = ContentProblemTypes.InvalidDocument,
                Title = "The document breaks the rules of the wire format.",
                Status = StatusCodes.Status422UnprocessableEntity,
                Detail = Count(errors, "The document was read but breaks the rules") + " Each finding says where and what to write instead.",
            };
        }

        problem.Extensions[FindingsMember] = ProblemFinding.Of(report, includeWarnings);
        return problem;
    }

    /// <summary>Makes the problem of a body over a size limit, with its finding.</summary>
    /// <param name="finding">The finding, such as <see cref="ContentReading.TooLarge"/> made.</param>
    /// <returns>The problem.</returns>
    internal static ProblemDetails TooLarge(ValidationError finding)
    {
        var problem = TooLarge();
        problem.Extensions[FindingsMember] = ProblemFinding.Of(new ValidationReport([finding]), includeWarnings: false);
        return problem;
    }

    /// <summary>Makes the problem of a <c>Content-Type</c> that is not accepted.</summary>
    /// <param name="detail">What is wrong, from <see cref="MediaTypes.Problem"/>.</param>
    /// <returns>The problem.</returns>
    internal static ProblemDetails UnsupportedMediaType(string detail) => new()
    {
        Type = ContentProblemTypes.UnsupportedMediaType,
        Title = "The body is not sent as JSON in UTF-8.",
        Status = StatusCodes.Status415UnsupportedMediaType,
        Detail = detail,
    };

    /// <summary>Makes the problem of a body that came too slowly.</summary>
    /// <param name="timeout">The time it had.</param>
    /// <returns>The problem.</returns>
    internal static ProblemDetails TimedOut(TimeSpan timeout) => new()
    {
        Type = ContentProblemTypes.BodyTimeout,
        Title = "The body came too slowly.",
        Status = StatusCodes.Status408RequestTimeout,
        Detail = string.Create(CultureInfo.InvariantCulture, $"The body was not received within {timeout.TotalSeconds:0.###} seconds and was cut off; send it again."),
    };

    /// <summary>Makes the problem of a body the server could not read as HTTP, such as a broken chunked encoding.</summary>
    /// <returns>The problem.</returns>
    internal static ProblemDetails Malformed() => new()
    {
        Type = ContentProblemTypes.UnreadableDocument,
        Title = "The body is not a document that can be read.",
        Status = StatusCodes.Status400BadRequest,
        Detail = "The request body could not be read as HTTP; send it again.",
    };

    /// <summary>Makes the problem of a read that ended without a body, as <see cref="RequestBody"/> says.</summary>
    /// <param name="read">The read, which did not end in <see cref="BodyOutcome.Read"/> or <see cref="BodyOutcome.Aborted"/>.</param>
    /// <param name="reading">The reading singleton.</param>
    /// <param name="language">The language of the request's messages.</param>
    /// <returns>The problem.</returns>
    internal static ProblemDetails Of(BodyRead read, ContentReading reading, string language) => read.Outcome switch
    {
        BodyOutcome.TooLarge => TooLarge(reading.TooLarge(language, read.Limit)),
        BodyOutcome.TimedOut => TimedOut(reading.WebApi.BodyReadTimeout),
        _ => Malformed(),
    };

    /// <summary>
    /// Writes a problem through the application's <see cref="IProblemDetailsService"/>, so that its customizations (such
    /// as a trace id) apply, and names the language of the messages in <c>Content-Language</c>.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="language">The language of the findings' messages.</param>
    /// <returns>The write.</returns>
    internal static async Task WriteAsync(HttpContext context, ProblemDetails problem, string language)
    {
        var response = context.Response;
        response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        response.Headers[HeaderNames.ContentLanguage] = language;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).ConfigureAwait(false);
    }

    private static ProblemDetails TooLarge() => new()
    {
        Type = ContentProblemTypes.DocumentTooLarge,
        Title = "The body is larger than the size limit.",
        Status = StatusCodes.Status413PayloadTooLarge,
        Detail = "The body was not read past the limit; send a smaller document.",
    };

    private static string Count(int errors, string sentence) =>
        string.Create(CultureInfo.InvariantCulture, $"{sentence}: {errors} {(errors == 1 ? "error" : "errors")}.");
}
