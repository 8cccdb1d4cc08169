using System.Text;
using System.Text.Json.Nodes;
using Lmec.Content.Canonicalization;
using Lmec.Content.Schemas.Generation;

namespace Lmec.Content.Schemas.Tests.Conformance;

/// <summary>
/// The digest test vectors of the conformance corpus, <c>schemas/v1/conformance/digests/</c>: for every valid document
/// and every document of <c>digests/documents/</c> (written by hand, with escapes, odd member order, tabs, CRLF and an
/// empty list), its RFC 8785 canonical form in <c>digests/canonical/</c> and its digest in <c>digests/manifest.json</c>.
/// </summary>
internal static class DigestVectors
{
    private const string Description =
        "Digest test vectors of the LMEC content conformance corpus, version 1. A document's digest is the SHA-256 of the RFC 8785 "
        + "(JSON Canonicalization Scheme) form of its bytes exactly as received, with no other normalisation, written 'sha256:' and 64 "
        + "lowercase hexadecimal digits. Each vector names the document and its canonical form (paths relative to this folder's parent) "
        + "and gives the digest.";

    /// <summary>Gets <c>schemas/v1/conformance</c>.</summary>
    internal static string ConformanceFolder => Path.GetDirectoryName(InvalidCorpus.ValidFolder)!;

    /// <summary>Gets the path of the manifest.</summary>
    internal static string ManifestPath => Path.Combine(ConformanceFolder, "digests", "manifest.json");

    /// <summary>Generates the canonical forms and the manifest from the documents.</summary>
    /// <returns>The text of each file, by path relative to <c>schemas/v1</c>.</returns>
    internal static IEnumerable<KeyValuePair<string, string>> Generate()
    {
        var vectors = new JsonArray();
        foreach (var document in Documents())
        {
            var bytes = File.ReadAllBytes(Path.Combine(ConformanceFolder, document));
            var canonical = "digests/canonical/" + Path.GetFileName(document);
            yield return new("conformance/" + canonical, Encoding.UTF8.GetString(CanonicalJson.Canonicalize(bytes)));
            vectors.Add(new JsonObject
            {
                ["document"] = document,
                ["canonical"] = canonical,
                ["digest"] = CanonicalJson.ComputeDigest(bytes).ToString(),
            });
        }

        yield return new("conformance/digests/manifest.json", SchemaText.Write(new JsonObject { ["description"] = Description, ["vectors"] = vectors }));
    }

    /// <summary>Reads the committed manifest.</summary>
    /// <returns>Every vector: the document and its canonical form, relative to <c>schemas/v1/conformance</c>, and the digest.</returns>
    internal static IReadOnlyList<(string Document, string Canonical, string Digest)> Read() =>
    [
        .. JsonNode.Parse(File.ReadAllText(ManifestPath))!["vectors"]!.AsArray()
            .Select(static vector => ((string)vector!["document"]!, (string)vector["canonical"]!, (string)vector["digest"]!)),
    ];

    private static IEnumerable<string> Documents() =>
        new[] { "valid", "digests/documents" }
            .SelectMany(static folder => Directory.EnumerateFiles(Path.Combine(ConformanceFolder, folder), "*.json").Select(path => folder + "/" + Path.GetFileName(path)))
            .Order(StringComparer.Ordinal);
}
