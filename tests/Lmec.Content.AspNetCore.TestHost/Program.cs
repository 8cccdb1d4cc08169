using Lmec.Content.AspNetCore;
using Lmec.Content.AspNetCore.TestHost;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddLmecContentWebApi();
builder.Services.AddControllers();
builder.Services.AddOpenApi();

var app = builder.Build();
app.MapOpenApi();
app.MapControllers();

app.MapPost("/articles", (ArticleDocument document) => TypedResults.Ok(new Answer(document.Article.Id, 0)));
app.MapPost("/newsletter-issues", (NewsletterIssue issue) => TypedResults.Ok(new Answer(issue.Kind.ToString(), 0)));
app.MapPost("/documents", (ContentDocument document) => TypedResults.Ok(new Answer(document.Kind.ToString(), 0)));
app.MapPost("/bodies", (ContentBody<ArticleDocument> body) => TypedResults.Ok(new Answer(body.Document.Article.Id, body.Report.Errors.Count)));
app.MapPost("/lenient/articles", (ContentBody<ArticleDocument> body) => TypedResults.Ok(new Answer(body.Document.Article.Id, body.Report.Errors.Count)))
    .WithContentReading(ContentReadMode.Lenient);
app.MapPost("/quiet/articles", (ArticleDocument document) => TypedResults.Ok(new Answer(document.Article.Id, 0)))
    .WithContentReading(ContentReadMode.Strict, includeWarnings: false);
app.MapPost("/articles/lines", (ContentLines<ArticleDocument> lines) => lines.Respond());
app.MapPost("/documents/lines", (ContentLines<ContentDocument> lines) => lines.Respond(static (line, _) => Task.FromResult(line.Document!.Kind.ToString())));

await app.RunAsync();
