namespace Lmec.Content.AspNetCore.Reading;

/// <summary>
/// The body that the request's endpoint read before its handler ran (a <see cref="ContentBody{TDocument}"/> or a
/// <see cref="ContentLines{TDocument}"/>), from which the handler's parameters are resolved. One per request.
/// </summary>
internal sealed class ContentRequestScope
{
    /// <summary>Gets or sets the body read.</summary>
    internal object? Body { get; set; }

    /// <summary>Gets the body read, as a handler's parameter needs it.</summary>
    /// <typeparam name="TBody">The type of the parameter's source.</typeparam>
    /// <returns>The body.</returns>
    /// <exception cref="InvalidOperationException">No body of that type was read: the endpoint is not one whose body the package reads.</exception>
    internal TBody Get<TBody>()
        where TBody : class =>
        Body as TBody ?? throw new InvalidOperationException(
            $"No {typeof(TBody).Name} was read from this request. A document parameter is filled by AddLmecContentWebApi() in a minimal-API handler " +
            "(without [FromBody]) of an endpoint with one such parameter; in a controller, mark the parameter [FromBody] or use [ApiController].");
}
