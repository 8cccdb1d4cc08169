using System.Reflection;
using Lmec.Content.Model;

namespace Lmec.Content.AspNetCore.Reading;

/// <summary>
/// The parameter of a handler whose value the package reads from the request body: a document
/// (<see cref="NewsletterIssue"/>, <see cref="ArticleDocument"/>, <see cref="OrganisationDirectory"/>, <see cref="ContentDocument"/>),
/// a <see cref="ContentBody{TDocument}"/>, or a <see cref="ContentLines{TDocument}"/> of NDJSON lines.
/// </summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="DocumentType">The type of document read.</param>
/// <param name="Lines">Whether the body is NDJSON, one document a line.</param>
internal sealed record ContentParameter(string Name, Type DocumentType, bool Lines)
{
    /// <summary>Finds the content parameter of a handler.</summary>
    /// <param name="method">The handler.</param>
    /// <returns>The parameter, or <see langword="null"/> when the handler has none.</returns>
    /// <exception cref="InvalidOperationException">The handler has more than one: a request has one body.</exception>
    internal static ContentParameter? Of(MethodInfo method)
    {
        ContentParameter? found = null;
        foreach (var parameter in method.GetParameters())
        {
            if (Of(parameter.ParameterType) is not { } documentType)
            {
                continue;
            }

            if (found is not null)
            {
                throw new InvalidOperationException(
                    $"The handler {method.Name} takes the request body twice, as '{found.Name}' and as '{parameter.Name}'; a request has one body, so take one document, ContentBody<T> or ContentLines<T>.");
            }

            found = new ContentParameter(parameter.Name ?? string.Empty, documentType, parameter.ParameterType.IsGenericType && parameter.ParameterType.GetGenericTypeDefinition() == typeof(ContentLines<>));
        }

        return found;
    }

    /// <summary>Tells whether a type is read from the body, and which document type it reads.</summary>
    /// <param name="type">The parameter's type.</param>
    /// <returns>The document type, or <see langword="null"/>.</returns>
    internal static Type? Of(Type type)
    {
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ContentBody<>) || type.GetGenericTypeDefinition() == typeof(ContentLines<>)))
        {
            return type.GetGenericArguments()[0];
        }

        return typeof(ContentDocument).IsAssignableFrom(type) ? type : null;
    }
}
