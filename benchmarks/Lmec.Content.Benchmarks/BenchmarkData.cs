using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;

namespace Lmec.Content.Benchmarks;

/// <summary>The documents the benchmarks read and write, and the check that every serializer handles them alike.</summary>
internal static class BenchmarkData
{
    /// <summary>The seed of every generated document, so that runs measure the same data.</summary>
    public const int Seed = 20230625;

    /// <summary>The number of issues in the generated archive.</summary>
    public const int ArchiveSize = 200;

    private const string ExampleFileName = "newsletter-2023-06.json";

    /// <summary>
    /// Gets the example issue <c>schemas/v1/examples/newsletter-2023-06.json</c>, or, when the
    /// repository has no such example, a generated issue with six articles.
    /// </summary>
    /// <returns>The issue and where it came from.</returns>
    public static (NewsletterIssue Issue, string Source) ExampleIssue()
    {
        var path = ExamplePath();
        return path is not null
            ? (ContentJson.Deserialize<NewsletterIssue>(File.ReadAllBytes(path)), "schemas/v1/examples/" + ExampleFileName)
            : (new ArchiveGenerator(Seed).Issue(2023, 6, articles: 6), $"generated (seed {Seed}, six articles): no {ExampleFileName} in the repository");
    }

    /// <summary>Gets the generated archive.</summary>
    /// <returns>The issues.</returns>
    public static IReadOnlyList<NewsletterIssue> Archive() => new ArchiveGenerator(Seed).Archive(ArchiveSize);

    /// <summary>Gets the documents of an archive as <see cref="ContentJson"/> writes them, each its UTF-8 bytes.</summary>
    /// <param name="archive">The documents, such as <see cref="Archive"/>.</param>
    /// <returns>The bytes of each document.</returns>
    public static byte[][] ArchiveLines(IEnumerable<NewsletterIssue> archive) => [.. archive.Select(static document => ContentJson.SerializeToUtf8Bytes(document))];

    /// <summary>Fails the run when a serializer does not read back what was written.</summary>
    /// <param name="expected">The documents written.</param>
    /// <param name="name">The serializer.</param>
    /// <param name="actual">The documents it read.</param>
    /// <exception cref="InvalidOperationException">The documents differ.</exception>
    public static void Verify(IEnumerable<NewsletterIssue> expected, string name, IEnumerable<NewsletterIssue> actual)
    {
        if (!expected.SequenceEqual(actual))
        {
            throw new InvalidOperationException($"{name} does not read back the documents written: the comparison would not be fair.");
        }
    }

    private static string? ExamplePath()
    {
        try
        {
            var path = RepositoryPaths.Example(ExampleFileName);
            return File.Exists(path) ? path : null;
        }
        catch (InvalidOperationException)
        {
            // Run outside the repository: no Lmec.Content.sln above the binaries.
            return null;
        }
    }
}
