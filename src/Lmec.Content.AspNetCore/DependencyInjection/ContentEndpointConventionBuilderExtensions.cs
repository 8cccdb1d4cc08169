using Lmec.Content.AspNetCore;
using Lmec.Content.Serialization;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Sets how one endpoint reads documents.</summary>
public static class ContentEndpointConventionBuilderExtensions
{
    /// <summary>
    /// Makes an endpoint read documents in a mode of its own, such as leniently for partners that send a newer minor
    /// version, and list warnings or not, as <see cref="ContentReadingAttribute"/> does on a handler or controller.
    /// </summary>
    /// <typeparam name="TBuilder">The type of the endpoint's builder.</typeparam>
    /// <param name="builder">The endpoint's builder, such as the one <c>MapPost</c> returns.</param>
    /// <param name="readMode">How strictly the endpoint reads documents.</param>
    /// <param name="includeWarnings">Whether its responses list warnings beside errors.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static TBuilder WithContentReading<TBuilder>(this TBuilder builder, ContentReadMode readMode, bool includeWarnings = true)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new ContentReadingAttribute { ReadMode = readMode, IncludeWarnings = includeWarnings });
    }
}
