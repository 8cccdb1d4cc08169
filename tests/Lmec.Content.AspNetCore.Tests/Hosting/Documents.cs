using System.Text;
using System.Text.Json.Nodes;
using Lmec.Content.Testing;

namespace Lmec.Content.AspNetCore.Tests.Hosting;

/// <summary>The documents the tests send: the examples, and faulty variants of the article example.</summary>
internal static class Documents
{
    /// <summary>Gets the example article document.</summary>
    public static string Article => File.ReadAllText(RepositoryPaths.Example("article-asia-foundation-submission.json"));

    /// <summary>Gets the example newsletter issue.</summary>
    public static string Newsletter => File.ReadAllText(RepositoryPaths.Example("newsletter-2023-06.json"));

    /// <summary>Gets the example organisation directory.</summary>
    public static string Directory => File.ReadAllText(RepositoryPaths.Example("organisation-directory-lancang-mekong-ministries.json"));

    /// <summary>Gets the article with a member the model does not define: unreadable strictly (400), a warning leniently.</summary>
    public static string WithUnknownMember => Edit(static document => document["article"]!["reviewStatus"] = "draft");

    /// <summary>Gets the article with a reference to a person it does not declare (LMEC202 at /article/authorIds/0): read, but invalid (422).</summary>
    public static string WithUnresolvedAuthor => Edit(static document => document["article"]!["authorIds"] = new JsonArray("nobody-declared"));

    /// <summary>Gets the article with HTML in its headline (a warning, LMEC217) and an unresolved author (an error).</summary>
    public static string WithWarningAndError => Edit(static document =>
    {
        document["article"]!["headline"] = new JsonObject { ["en"] = "<b>Climate</b> cooperation" };
        document["article"]!["authorIds"] = new JsonArray("nobody-declared");
    });

    /// <summary>Gets the article with HTML in its headline: valid, with one warning (LMEC217).</summary>
    public static string WithWarning => Edit(static document => document["article"]!["headline"] = new JsonObject { ["en"] = "<b>Climate</b> cooperation" });

    /// <summary>Gets a document on one line, for NDJSON.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The same document without line breaks.</returns>
    public static string OneLine(string json) => JsonNode.Parse(json)!.ToJsonString();

    /// <summary>Encodes text as UTF-8.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Edit(Action<JsonObject> edit)
    {
        var document = JsonNode.Parse(Article)!.AsObject();
        edit(document);
        return document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
