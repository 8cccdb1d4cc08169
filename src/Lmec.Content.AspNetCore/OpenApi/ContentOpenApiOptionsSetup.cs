using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;

namespace Lmec.Content.AspNetCore.OpenApi;

/// <summary>Adds the package's transformers to every OpenAPI document the application registers with <c>AddOpenApi()</c>, whatever its name.</summary>
internal sealed class ContentOpenApiOptionsSetup : IConfigureNamedOptions<OpenApiOptions>
{
    /// <inheritdoc/>
    public void Configure(string? name, OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddOperationTransformer(ContentOpenApiTransformers.DescribeOperationAsync);
        options.AddDocumentTransformer(ContentOpenApiTransformers.AddComponentsAsync);
    }

    /// <inheritdoc/>
    public void Configure(OpenApiOptions options) => Configure(Options.DefaultName, options);
}
