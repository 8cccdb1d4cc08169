using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Lmec.Content.AspNetCore.Problems;

/// <summary>Adds the serialization of the findings to the application's HTTP JSON options, which the problem details writer uses.</summary>
internal sealed class ProblemJsonOptionsSetup : IConfigureOptions<JsonOptions>
{
    /// <inheritdoc/>
    public void Configure(JsonOptions options) => options.SerializerOptions.TypeInfoResolverChain.Add(ProblemJsonContext.Default);
}
