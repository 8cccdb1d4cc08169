namespace Lmec.Content.Samples.ArticleService;

/// <summary>A warning of validation in a receipt.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Pointer">The JSON Pointer to the value.</param>
/// <param name="Message">The message, in the request's language.</param>
public sealed record ArticleWarning(string Code, string Pointer, string Message);
