using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;

namespace Lmec.Content.AspNetCore.Reading;

/// <summary>
/// Puts the reading of the body in front of every minimal-API endpoint whose handler takes a document, a
/// <see cref="ContentBody{TDocument}"/> or a <see cref="ContentLines{TDocument}"/>: when routing selects such an
/// endpoint, it is replaced by one with the same route, order and metadata whose delegate reads and validates the
/// body, answers a bad one with a problem, and only then runs the handler. So the one registration
/// (<c>AddLmecContentWebApi()</c>) is all an application writes; no middleware has to be placed, and no endpoint has to opt in.
/// Controllers read through the input formatter instead.
/// </summary>
internal sealed class ContentEndpointPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    // One replacement per endpoint, made once; endpoints made again (a data source that changes) get their own.
    private readonly ConditionalWeakTable<Endpoint, Endpoint?> _reading = [];

    /// <summary>Gets the order among the matcher policies: last, after those that choose among candidates by method or host.</summary>
    public override int Order => int.MaxValue - 1000;

    /// <inheritdoc/>
    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Any(endpoint => Reading(endpoint) is not null);
    }

    /// <inheritdoc/>
    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates.IsValidCandidate(i) && Reading(candidates[i].Endpoint) is { } reading)
            {
                candidates.ReplaceEndpoint(i, reading, candidates[i].Values);
            }
        }

        return Task.CompletedTask;
    }

    private Endpoint? Reading(Endpoint endpoint) =>
        _reading.GetValue(endpoint, static endpoint =>
            endpoint is RouteEndpoint { RequestDelegate: { } next } route
            && route.Metadata.GetMetadata<ActionDescriptor>() is null
            && route.Metadata.GetMetadata<MethodInfo>() is { } handler
            && ContentParameter.Of(handler) is { } parameter
                ? new RouteEndpoint(DocumentType.Of(parameter).Reading(parameter.Lines, next), route.RoutePattern, route.Order, route.Metadata, route.DisplayName)
                : null);
}
