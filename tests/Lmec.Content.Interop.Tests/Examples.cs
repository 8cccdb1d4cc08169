using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;

namespace Lmec.Content.Interop.Tests;

/// <summary>The example documents, and the articles and events in them, as test data.</summary>
internal static class Examples
{
    /// <summary>Gets the file names of every example document.</summary>
    /// <returns>The data.</returns>
    public static TheoryData<string> Files() => [.. RepositoryPaths.AllExamples().Select(path => Path.GetFileName(path))];

    /// <summary>Gets every article of every example, by file name and index.</summary>
    /// <returns>The data.</returns>
    public static TheoryData<string, int> Articles()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in RepositoryPaths.AllExamples())
        {
            for (var i = 0; i < ArticlesOf(Read(Path.GetFileName(path))).Count; i++)
            {
                data.Add(Path.GetFileName(path), i);
            }
        }

        return data;
    }

    /// <summary>Reads an example.</summary>
    /// <param name="fileName">Its file name.</param>
    /// <returns>The document.</returns>
    public static ContentDocument Read(string fileName) => ContentJson.Deserialize<ContentDocument>(File.ReadAllBytes(RepositoryPaths.Example(fileName)));

    /// <summary>Gets the articles a document holds.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Its articles.</returns>
    public static IReadOnlyList<Article> ArticlesOf(ContentDocument document) => document switch
    {
        NewsletterIssue issue => issue.Articles,
        ArticleDocument submission => [submission.Article],
        _ => [],
    };
}
