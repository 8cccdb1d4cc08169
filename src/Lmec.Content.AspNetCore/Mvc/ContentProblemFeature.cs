using Microsoft.AspNetCore.Mvc;

namespace Lmec.Content.AspNetCore.Mvc;

/// <summary>The problem the input formatter met reading a request's document, for the response of an invalid model state.</summary>
/// <param name="Problem">The problem.</param>
/// <param name="Language">The language of its findings' messages.</param>
internal sealed record ContentProblemFeature(ProblemDetails Problem, string Language);
