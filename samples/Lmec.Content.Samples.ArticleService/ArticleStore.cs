using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Lmec.Content.Samples.ArticleService;

/// <summary>
/// Keeps submitted article documents in a SQLite database file, which it creates on first start: each document byte for
/// byte as it was submitted, beside its canonical digest, keyed by its article id. Thread-safe: every call opens its own
/// connection (pooled by Microsoft.Data.Sqlite).
/// </summary>
/// <param name="connectionString">The connection string of the database file.</param>
public sealed class ArticleStore(string connectionString)
{
    /// <summary>Makes the connection string of the file that the configuration's <c>Articles:Database</c> names, relative to the content root.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="environment">The host environment.</param>
    /// <returns>The connection string.</returns>
    public static string ConnectionStringFor(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var file = Path.Combine(environment.ContentRootPath, configuration["Articles:Database"] ?? "articles.db");
        return new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
    }

    /// <summary>Creates the database file and its table, unless they exist.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The work.</returns>
    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS articles (
                id TEXT PRIMARY KEY NOT NULL,
                digest TEXT NOT NULL,
                received_at TEXT NOT NULL,
                document BLOB NOT NULL
            );
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Stores a document under its article id, unless one is stored under it already.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="utf8Json">The document as submitted.</param>
    /// <param name="digest">Its canonical digest.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was done, and the article as stored now.</returns>
    public async Task<(StoreOutcome Outcome, StoredArticle Article)> AddAsync(string id, ReadOnlyMemory<byte> utf8Json, string digest, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO articles (id, digest, received_at, document) VALUES ($id, $digest, $receivedAt, $document) ON CONFLICT (id) DO NOTHING";
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$digest", digest);
            insert.Parameters.AddWithValue("$receivedAt", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$document", utf8Json.ToArray());
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                return (StoreOutcome.Created, (await FindAsync(connection, id, cancellationToken))!);
            }
        }

        var stored = (await FindAsync(connection, id, cancellationToken))!;
        return (stored.Digest == digest ? StoreOutcome.Unchanged : StoreOutcome.Conflict, stored);
    }

    /// <summary>Finds an article by its id.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The article, or <see langword="null"/>.</returns>
    public async Task<StoredArticle?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await FindAsync(connection, id, cancellationToken);
    }

    /// <summary>Lists every article, by id.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The articles.</returns>
    public async Task<IReadOnlyList<StoredArticle>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, digest, received_at, document FROM articles ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var articles = new List<StoredArticle>();
        while (await reader.ReadAsync(cancellationToken))
        {
            articles.Add(Read(reader));
        }

        return articles;
    }

    private static async Task<StoredArticle?> FindAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, digest, received_at, document FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static StoredArticle Read(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture), (byte[])reader.GetValue(3));

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
