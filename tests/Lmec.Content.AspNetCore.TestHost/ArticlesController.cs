using Lmec.Content.Model;
using Microsoft.AspNetCore.Mvc;

namespace Lmec.Content.AspNetCore.TestHost;

/// <summary>A controller that takes documents, read by the input formatter.</summary>
[ApiController]
[Route("mvc")]
public sealed class ArticlesController : ControllerBase
{
    /// <summary>Takes an article document; the parameter names no source.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Its article id.</returns>
    [HttpPost("articles")]
    public Answer Post(ArticleDocument document) => new(document.Article.Id, 0);

    /// <summary>Takes an article document from the body, with what was read beside it.</summary>
    /// <param name="body">The body.</param>
    /// <returns>Its article id and the number of findings.</returns>
    [HttpPost("bodies")]
    public Answer PostBody([FromBody] ContentBody<ArticleDocument> body) => new(body.Document.Article.Id, body.Report.Errors.Count);
}
