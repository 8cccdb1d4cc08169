using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

/// <summary>Documents to check, valid and invalid, made from the committed examples and the invalid sample under <c>docs/samples</c>.</summary>
internal static class TestDocuments
{
    /// <summary>The file names of the three examples: a newsletter issue, an article and an organisation directory.</summary>
    public const string IssueExample = "newsletter-2023-06.json";

    /// <inheritdoc cref="IssueExample"/>
    public const string ArticleExample = "article-asia-foundation-submission.json";

    /// <inheritdoc cref="IssueExample"/>
    public const string DirectoryExample = "organisation-directory-lancang-mekong-ministries.json";

    /// <summary>An archive line that is not JSON: a member name without quotes.</summary>
    public const string BrokenLine = "{\"kind\": \"article\", \"schemaVersion\": \"1.0\", broken}";

    private static readonly JsonSerializerOptions OneLine = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Gets the path of the invalid sample, an article with four rule errors (country code, unresolved speaker, e-mail, dates).</summary>
    public static string InvalidSamplePath => Path.Combine(RepositoryPaths.Root, "docs", "samples", "article-invalid.json");

    /// <summary>The sources <see cref="WriteMixedFolder"/> holds, in the order the tool reads them, with their archive lines.</summary>
    public static IReadOnlyList<string> MixedFolderSources { get; } =
    [
        "documents/archive.ndjson:1",
        "documents/archive.ndjson:2",
        "documents/archive.ndjson:3",
        "documents/archive.ndjson:4",
        "documents/invalid/article-invalid.json",
        "documents/invalid/unknown-member.json",
        "documents/nested/article.json",
        "documents/nested/deeper/directory.json",
        "documents/newsletter-2023-06.json",
    ];

    /// <summary>Reads an example.</summary>
    /// <param name="fileName">One of <see cref="IssueExample"/>, <see cref="ArticleExample"/> and <see cref="DirectoryExample"/>.</param>
    /// <returns>Its text.</returns>
    public static string Example(string fileName) => File.ReadAllText(RepositoryPaths.Example(fileName));

    /// <summary>Adds a member that version 1 does not define, <c>embargo</c>, beside the document's <c>language</c>.</summary>
    /// <param name="text">A document, written as the examples are.</param>
    /// <returns>The document with the member.</returns>
    public static string WithUnknownMember(string text)
    {
        var changed = text.Replace("\"language\": \"en\",", "\"language\": \"en\", \"embargo\": \"2099-01-01\",", StringComparison.Ordinal);
        Assert.NotEqual(text, changed);
        return changed;
    }

    /// <summary>Writes a document on one line, as an <c>.ndjson</c> archive holds it.</summary>
    /// <param name="text">The document.</param>
    /// <returns>The same document on one line.</returns>
    public static string OnOneLine(string text) => JsonNode.Parse(text)!.ToJsonString(OneLine);

    /// <summary>
    /// Writes a folder <c>documents</c> of mixed inputs: the three examples, two of them in nested subfolders;
    /// the invalid sample and an article with an unknown member; an archive of four lines whose third is
    /// broken; and two files that are not documents and are to be ignored.
    /// </summary>
    /// <param name="folder">Where to write it.</param>
    /// <returns>The folder's path relative to <paramref name="folder"/>: <c>documents</c>.</returns>
    public static string WriteMixedFolder(TemporaryFolder folder)
    {
        folder.Write("documents/newsletter-2023-06.json", Example(IssueExample));
        folder.Write("documents/nested/article.json", Example(ArticleExample));
        folder.Write("documents/nested/deeper/directory.json", Example(DirectoryExample));
        folder.Write("documents/invalid/article-invalid.json", File.ReadAllText(InvalidSamplePath));
        folder.Write("documents/invalid/unknown-member.json", WithUnknownMember(Example(ArticleExample)));
        folder.Write("documents/archive.ndjson", string.Join('\n', OnOneLine(Example(IssueExample)), OnOneLine(Example(ArticleExample)), BrokenLine, OnOneLine(Example(DirectoryExample))) + "\n");
        folder.Write("documents/notes.txt", "Not a document: the tool reads .json and .ndjson files only.");
        folder.Write("documents/nested/list.csv", "id,name\nlmec,LMEC\n");
        return "documents";
    }
}
