namespace Lmec.Content.Cli.Serving;

/// <summary>One file of the web checker's site.</summary>
/// <param name="Open">Opens its stored bytes.</param>
/// <param name="MediaType">Its media type, for <c>Content-Type</c>.</param>
/// <param name="IsGzipped">Whether the stored bytes are gzip-compressed.</param>
internal readonly record struct SiteFile(Func<Stream> Open, string MediaType, bool IsGzipped);
