namespace Lmec.Content.Samples.ArticleService;

/// <summary>An article document as the service keeps it: the bytes exactly as submitted, with their canonical digest.</summary>
/// <param name="Id">The article's id, from the document.</param>
/// <param name="Digest">The SHA-256 digest of the document's canonical JSON (RFC 8785), <c>sha256:…</c>.</param>
/// <param name="ReceivedAt">When the service stored it.</param>
/// <param name="Utf8Json">The document, byte for byte as it was submitted.</param>
public sealed record StoredArticle(string Id, string Digest, DateTimeOffset ReceivedAt, byte[] Utf8Json);
