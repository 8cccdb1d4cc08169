using Lmec.Content.Samples.ArticleService;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lmec.Content.AspNetCore.Tests.Samples;

/// <summary>Starts the sample article service on Kestrel with a database file of its own, in a folder removed afterwards.</summary>
public sealed class ArticleServiceFactory : WebApplicationFactory<ArticleStore>
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lmec-articles-");

    /// <summary>Initialises the factory; the server starts on first use.</summary>
    public ArticleServiceFactory() => UseKestrel(0);

    /// <summary>Gets the path of the database file the service uses.</summary>
    public string Database => Path.Combine(_folder.FullName, "articles.db");

    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Articles:Database", Database);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);

        // The factory is disposed both synchronously and asynchronously (xunit asks for both); the folder goes once.
        if (disposing && Directory.Exists(_folder.FullName))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Delete(recursive: true);
        }
    }
}
