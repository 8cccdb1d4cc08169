namespace Lmec.Content.Samples.ArticleService;

/// <summary>One entry of the list of stored articles.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Digest">The canonical digest of the document.</param>
/// <param name="ReceivedAt">When it was stored.</param>
/// <param name="Location">Where to get it.</param>
public sealed record ArticleSummary(string Id, string Digest, DateTimeOffset ReceivedAt, string Location);
