using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Lmec.Content.Validation;

/// <summary>
/// An extension a partner registers (<see cref="LmecContentOptions.Extensions"/>), so that a document may carry its data
/// under <c>extensions</c>, keyed by the extension's URI, and validation checks that data. Make one from a .NET type with
/// <see cref="ForType{T}(Uri, JsonTypeInfo{T})"/>, or from a JSON Schema with the schemas package
/// (<c>Lmec.Content.Schemas.SchemaExtension</c>); or derive from it. Implementations must be thread-safe.
/// </summary>
public abstract class ContentExtension
{
    /// <summary>Initializes an extension.</summary>
    /// <param name="id">The extension's absolute URI, which documents use as the key of its content.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not an absolute <c>http</c> or <c>https</c> URI.</exception>
    protected ContentExtension(Uri id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!id.IsAbsoluteUri || (id.Scheme != Uri.UriSchemeHttp && id.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"An extension's URI must be an absolute http or https URI, not '{id}'.", nameof(id));
        }

        Id = id;
    }

    /// <summary>Gets the extension's URI: the key of its content in a document's <c>extensions</c>.</summary>
    public Uri Id { get; }

    /// <summary>Makes an extension whose content is what a .NET type reads: every member it has, no other, each of its type.</summary>
    /// <typeparam name="T">The type of the content.</typeparam>
    /// <param name="id">The extension's absolute URI.</param>
    /// <param name="typeInfo">The contract of <typeparamref name="T"/>, such as from a source-generated context; unknown members are refused whatever it says.</param>
    /// <returns>The extension.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not an absolute <c>http</c> or <c>https</c> URI.</exception>
    public static ContentExtension ForType<T>(Uri id, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new TypeExtension<T>(id, typeInfo);
    }

    /// <summary>Checks the content a document holds for this extension.</summary>
    /// <param name="content">The content, as the document holds it.</param>
    /// <returns>Every problem found, each at its RFC 6901 pointer within the content (<c>""</c> for the content itself); none when it is valid.</returns>
    public abstract IEnumerable<ExtensionProblem> Validate(JsonElement content);
}
