namespace Lmec.Content.Samples.ArticleService;

/// <summary>What storing a submitted article did.</summary>
public enum StoreOutcome
{
    /// <summary>The article was new and is stored.</summary>
    Created,

    /// <summary>The same document (the same canonical digest) was stored before; nothing changed.</summary>
    Unchanged,

    /// <summary>Another document with the same article id is stored; nothing changed.</summary>
    Conflict,
}
