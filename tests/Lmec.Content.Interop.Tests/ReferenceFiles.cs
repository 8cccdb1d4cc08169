using Lmec.Content.Testing;

namespace Lmec.Content.Interop.Tests;

/// <summary>
/// Finds the reference files beside the checkout (<c>../shared/reference/</c>). They are not in the
/// repository: a test that needs them calls <see cref="Require"/>, which skips it where they are absent
/// and fails it on CI, which has them (<see cref="Prerequisite"/>).
/// </summary>
internal static class ReferenceFiles
{
    /// <summary>The IPTC ninjs 3.1 JSON Schema.</summary>
    public const string NinjsSchema = "ninjs/ninjs-schema_3.1.json";

    /// <summary>The GeoJSON schema that the ninjs schema refers to.</summary>
    public const string GeoJsonSchema = "ninjs/GeoJSON-schema.json";

    /// <summary>IPTC's ninjs 3.1 example of an event item.</summary>
    public const string NinjsEventExample = "ninjs/008_event.json";

    /// <summary>The schema.org vocabulary, release 30.0.</summary>
    public const string SchemaOrgVocabulary = "schemaorg/schemaorg-current-https-30.0.jsonld";

    /// <summary>Skips the test where a file it needs is absent, or fails it on CI.</summary>
    /// <param name="relativePaths">The files, relative to the reference folder.</param>
    public static void Require(params string[] relativePaths)
    {
        var missing = relativePaths.Where(static path => Find(path) is null).ToArray();
        Prerequisite.Require(missing.Length == 0 ? null : $"The reference files {string.Join(", ", missing)} are not in ../shared/reference/ beside the checkout.");
    }

    /// <summary>Gets the full path of a reference file that <see cref="Require"/> found.</summary>
    /// <param name="relativePath">The path relative to the reference folder.</param>
    /// <returns>The full path.</returns>
    public static string Get(string relativePath) =>
        Find(relativePath) ?? throw new InvalidOperationException($"Call {nameof(Require)} first: {relativePath} is absent.");

    private static string? Find(string relativePath) =>
        RepositoryPaths.SharedReference is { } folder && File.Exists(Path.Combine(folder, relativePath)) ? Path.Combine(folder, relativePath) : null;
}
