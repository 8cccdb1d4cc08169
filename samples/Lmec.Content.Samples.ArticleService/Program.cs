using Lmec.Content.Samples.ArticleService;

var builder = WebApplication.CreateBuilder(args);

// The one line that makes every endpoint below read and validate partner documents.
builder.Services.AddLmecContentWebApi();
builder.Services.AddOpenApi();
builder.Services.AddSingleton(static provider => new ArticleStore(ArticleStore.ConnectionStringFor(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>())));

var app = builder.Build();
await app.Services.GetRequiredService<ArticleStore>().CreateAsync(app.Lifetime.ApplicationStopping);

app.MapOpenApi();
app.MapArticles();

await app.RunAsync();

/// <summary>The service's entry point, named for the tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
