using Lmec.Content.Testing;
using Xunit.Abstractions;

namespace Lmec.Content.Interop.Tests;

/// <summary>
/// Finds the reference files beside the checkout (<c>../shared/reference/</c>). They are not in the
/// repository: where they are absent a test that needs them says so and returns, except on CI
/// (<c>CI=true</c>), which has them, where their absence fails the test.
/// </summary>
internal static class ReferenceFiles
{
    /// <summary>The IPTC ninjs 3.1 JSON Schema.</summary>
    public const string NinjsSchema = "ninjs/ninjs-schema_3.1.json";

    /// <summary>The GeoJSON schema that the ninjs schema refers to.</summary>
    public const string GeoJsonSchema = "ninjs/GeoJSON-schema.json";

    /// <summary>The schema.org vocabulary, release 30.0.</summary>
    public const string SchemaOrgVocabulary = "schemaorg/schemaorg-current-https-30.0.jsonld";

    /// <summary>Tells whether every file a test needs is present, writing the reason to the test's output when one is not.</summary>
    /// <param name="output">The test's output.</param>
    /// <param name="relativePaths">The files, relative to the reference folder.</param>
    /// <returns><see langword="true"/> when all are present; <see langword="false"/> when the test should return.</returns>
    public static bool Available(ITestOutputHelper output, params string[] relativePaths)
    {
        var missing = relativePaths.Where(static path => Find(path) is null).ToArray();
        if (missing.Length == 0)
        {
            return true;
        }

        var reason = $"the reference files {string.Join(", ", missing)} are not in ../shared/reference/ beside the checkout";
        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), $"On CI {reason}, but CI must have them.");
        output.WriteLine($"Skipped: {reason}.");
        return false;
    }

    /// <summary>Gets the full path of a reference file.</summary>
    /// <param name="relativePath">The path relative to the reference folder.</param>
    /// <returns>The full path, or <see langword="null"/> when the file is absent.</returns>
    public static string? Find(string relativePath) =>
        RepositoryPaths.SharedReference is { } folder && File.Exists(Path.Combine(folder, relativePath)) ? Path.Combine(folder, relativePath) : null;

    /// <summary>Gets the full path of a reference file that <see cref="Available"/> found.</summary>
    /// <param name="relativePath">The path relative to the reference folder.</param>
    /// <returns>The full path.</returns>
    public static string Get(string relativePath) =>
        Find(relativePath) ?? throw new InvalidOperationException($"Call {nameof(Available)} first: {relativePath} is absent.");
}
