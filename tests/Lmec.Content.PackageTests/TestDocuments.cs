using System.Text.Json.Nodes;
using Lmec.Content.Testing;

namespace Lmec.Content.PackageTests;

/// <summary>The documents the consumers read: the real newsletter, and a copy of it made invalid.</summary>
internal static class TestDocuments
{
    /// <summary>Gets the path of the example newsletter issue (Issue 6, 2023).</summary>
    public static string Newsletter { get; } = RepositoryPaths.Example("newsletter-2023-06.json");

    /// <summary>Gets the name of the member <see cref="InvalidNewsletter"/> adds.</summary>
    public const string UnknownMember = "notAMemberOfTheModel";

    /// <summary>
    /// Gets the example newsletter issue with a member the model does not define at its root, which
    /// strict validation reports as error <c>LMEC101</c>.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public static string InvalidNewsletter()
    {
        var document = JsonNode.Parse(File.ReadAllText(Newsletter))!.AsObject();
        document.Add(UnknownMember, true);
        return document.ToJsonString();
    }

    /// <summary>Writes <see cref="InvalidNewsletter"/> to <c>invalid.json</c> in a folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The file's path.</returns>
    public static string WriteInvalidNewsletter(string folder)
    {
        var path = Path.Combine(folder, "invalid.json");
        File.WriteAllText(path, InvalidNewsletter());
        return path;
    }
}
