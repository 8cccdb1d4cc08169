using System.Reflection;
using Lmec.Content.AspNetCore.Reading;
using Lmec.Content.Model;
using Lmec.Content.Schemas;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Lmec.Content.AspNetCore.OpenApi;

/// <summary>
/// Describes the endpoints that take a document by the published JSON Schemas, not by a schema guessed from the .NET
/// types: the request body refers to the component of its root document schema (or to one of the three, for
/// <see cref="ContentDocument"/>), and the problem responses to the problem details component.
/// </summary>
internal static class ContentOpenApiTransformers
{
    private static readonly (int Status, string Description)[] ProblemResponses =
    [
        (StatusCodes.Status400BadRequest, "The body is not a document that can be read: not UTF-8, not strict JSON, or of the wrong structure."),
        (StatusCodes.Status408RequestTimeout, "The body came too slowly and was cut off."),
        (StatusCodes.Status413PayloadTooLarge, "The body is larger than the size limit."),
        (StatusCodes.Status415UnsupportedMediaType, "The body is not sent as JSON (NDJSON where lines are expected) in UTF-8."),
        (StatusCodes.Status422UnprocessableEntity, "The document was read but breaks the rules of the wire format."),
    ];

    /// <summary>Describes the request body and the problem responses of an operation whose handler takes a document.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="context">The context.</param>
    /// <param name="cancellationToken">Unused.</param>
    /// <returns>A completed task.</returns>
    internal static Task DescribeOperationAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var action = context.Description.ActionDescriptor;
        var method = action is ControllerActionDescriptor controller ? controller.MethodInfo : action.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
        if (method is null || ContentParameter.Of(method) is not { } parameter)
        {
            return Task.CompletedTask;
        }

        var document = context.Document!;
        ReplacedSchemas.Note(document, operation.RequestBody);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = parameter.Lines
                ? "One document a line (NDJSON), each valid against the schema; each line is validated as it arrives."
                : "The document, valid against the published JSON Schema of its kind.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [parameter.Lines ? MediaTypes.Ndjson : MediaTypes.Json] = new() { Schema = DocumentSchema(parameter.DocumentType, document) },
            },
        };

        operation.Responses ??= [];
        // The handler answers with ContentLines.Respond(), whose result lines no API description can see.
        if (parameter.Lines && (!operation.Responses.TryGetValue("200", out var ok) || ok.Content is not { Count: > 0 }))
        {
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "One result a line (NDJSON), in the order of the lines, each written as soon as its line is read.",
                Content = new Dictionary<string, OpenApiMediaType> { [MediaTypes.Ndjson] = new() { Schema = new OpenApiSchemaReference(ContentComponents.LineResult, document) } },
            };
        }

        foreach (var (status, description) in ProblemResponses)
        {
            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { [MediaTypes.ProblemJson] = new() { Schema = new OpenApiSchemaReference(ContentComponents.Problem, document) } },
            };
        }

        return Task.CompletedTask;
    }

    /// <summary>Adds the components to a document that refers to them, and removes those the generator guessed for the bodies described anew.</summary>
    /// <param name="document">The document.</param>
    /// <param name="context">The context.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The work.</returns>
    internal static async Task AddComponentsAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var operations = document.Paths?.Values.SelectMany(static path => (IEnumerable<OpenApiOperation>?)path.Operations?.Values ?? []) ?? [];
        if (!operations.Any(static operation => operation.Responses?.Values.Any(static response => response.Content?.Values.Any(static media => media.Schema is OpenApiSchemaReference { Reference.Id: ContentComponents.Problem }) == true) == true))
        {
            return;
        }

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, json) in ContentComponents.All)
        {
            var schema = OpenApiModelFactory.Parse<OpenApiSchema>(json, OpenApiSpecVersion.OpenApi3_1, document, out var diagnostic, "json");
            if (schema is null || diagnostic?.Errors.Count > 0)
            {
                throw new InvalidOperationException($"The component {name} could not be read: {string.Join("; ", diagnostic?.Errors.Select(static error => error.Message) ?? [])}");
            }

            document.Components.Schemas[name] = schema;
        }

        await ReplacedSchemas.RemoveAsync(document, cancellationToken).ConfigureAwait(false);
    }

    private static IOpenApiSchema DocumentSchema(Type documentType, OpenApiDocument document)
    {
        var roots = ContentSchemas.All.Where(static schema => schema.DocumentKind is not null).ToList();
        return roots.FirstOrDefault(schema => schema.ModelType == documentType) is { } root
            ? new OpenApiSchemaReference(ContentComponents.NameOf(root), document)
            : new OpenApiSchema { OneOf = [.. roots.Select(root => (IOpenApiSchema)new OpenApiSchemaReference(ContentComponents.NameOf(root), document))] };
    }
}
