namespace Lmec.Content.Samples.ArticleService;

/// <summary>What the service answers for a stored article.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Digest">The canonical digest of the document stored.</param>
/// <param name="Location">Where to get it.</param>
/// <param name="Outcome">Whether it was stored now, stored before, or refused because another document has its id.</param>
/// <param name="Warnings">The warnings of validation, in the request's language.</param>
public sealed record ArticleReceipt(string Id, string Digest, string Location, string Outcome, IReadOnlyList<ArticleWarning> Warnings);
