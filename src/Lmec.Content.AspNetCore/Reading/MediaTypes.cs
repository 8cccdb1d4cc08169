using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Lmec.Content.AspNetCore.Reading;

/// <summary>The media types the endpoints accept: JSON for one document, NDJSON for one document a line, in UTF-8 only.</summary>
internal static class MediaTypes
{
    /// <summary>JSON, as documents are sent.</summary>
    internal const string Json = "application/json";

    /// <summary>Newline-delimited JSON: one document a line.</summary>
    internal const string Ndjson = "application/x-ndjson";

    /// <summary>Problem details (RFC 9457).</summary>
    internal const string ProblemJson = "application/problem+json";

    /// <summary>Tells what is wrong with a request's <c>Content-Type</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="lines">Whether the endpoint reads NDJSON rather than one JSON document.</param>
    /// <returns>The problem's detail, or <see langword="null"/> when the body may be read.</returns>
    internal static string? Problem(HttpRequest request, bool lines)
    {
        var expected = lines ? Ndjson : Json;
        if (string.IsNullOrEmpty(request.ContentType) || !MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
        {
            return $"The request has no Content-Type; send the body as '{expected}'.";
        }

        var type = mediaType.MediaType.Value ?? string.Empty;
        var accepted = lines
            ? type.Equals(Ndjson, StringComparison.OrdinalIgnoreCase)
            : type.Equals(Json, StringComparison.OrdinalIgnoreCase)
              || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        if (!accepted)
        {
            return $"The body is sent as '{type}'; send it as '{expected}'.";
        }

        var charset = mediaType.Charset.Value;
        return charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"The body is sent in the character set '{charset}'; JSON is exchanged in UTF-8 (RFC 8259): send it in UTF-8, or without a charset.";
    }
}
