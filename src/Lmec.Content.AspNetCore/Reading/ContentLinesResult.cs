using System.Buffers;
using System.Text.Json;
using Lmec.Content.AspNetCore.Problems;
using Lmec.Content.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Lmec.Content.AspNetCore.Reading;

/// <summary>
/// Writes the answer to an NDJSON body: one line per document line, flushed as soon as it is known, such as
/// <c>{"line":2,"valid":false,"findings":[…]}</c>, with a <c>result</c> member for a valid line when the handler gave one.
/// </summary>
/// <typeparam name="TDocument">The kind of document.</typeparam>
/// <typeparam name="TResult">What the handler returns for a valid line.</typeparam>
/// <param name="lines">The lines.</param>
/// <param name="accept">The handler's call for each valid line, or <see langword="null"/>.</param>
internal sealed class ContentLinesResult<TDocument, TResult>(ContentLines<TDocument> lines, Func<ContentLine<TDocument>, CancellationToken, Task<TResult>>? accept) : IResult
    where TDocument : ContentDocument
{
    /// <inheritdoc/>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        var serializerOptions = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypes.Ndjson;
        response.Headers[HeaderNames.ContentLanguage] = lines.Language;
        await response.StartAsync(cancellationToken).ConfigureAwait(false);

        await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var result = line.IsValid && accept is not null ? await accept(line, cancellationToken).ConfigureAwait(false) : default;
            using (var writer = new Utf8JsonWriter(response.BodyWriter, new JsonWriterOptions { Encoder = serializerOptions.Encoder }))
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", line.Number);
                writer.WriteBoolean("valid", line.IsValid);
                writer.WritePropertyName(ContentProblem.FindingsMember);
                JsonSerializer.Serialize(writer, ProblemFinding.Of(line.Report, lines.IncludeWarnings), ProblemJsonContext.Default.ListProblemFinding);
                if (result is not null)
                {
                    writer.WritePropertyName("result");
                    JsonSerializer.Serialize(writer, result, serializerOptions.GetTypeInfo(typeof(TResult)));
                }

                writer.WriteEndObject();
            }

            response.BodyWriter.Write("\n"u8);
            await response.BodyWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
