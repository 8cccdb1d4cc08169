using System.Text.Json.Nodes;
using Lmec.Content.Schemas.Generation;

namespace Lmec.Content.Schemas.Tests.Conformance;

/// <summary>
/// <c>schemas/v1/conformance/invalid/manifest.json</c>: for every invalid document, what it shows and every
/// finding it must produce (code and pointer), so that partners on other stacks can check their verdicts
/// and pointers too.
/// </summary>
internal static class Manifest
{
    private const string Description =
        "The invalid documents of the LMEC content conformance corpus, version 1. Each document is invalid against the root schema its kind names "
        + "(newsletter-issue, article-document or organisation-directory .schema.json), and against every other root schema. 'errors' lists every finding "
        + "the reference validator (Lmec.Content.Schemas) reports: its code (docs/validation-rules.md) and the RFC 6901 pointer to the value.";

    /// <summary>Gets the path of the manifest.</summary>
    internal static string Path => System.IO.Path.Combine(InvalidCorpus.InvalidFolder, "manifest.json");

    /// <summary>Writes the manifest of some documents.</summary>
    /// <param name="cases">The documents.</param>
    /// <returns>The manifest's text.</returns>
    internal static string Write(IEnumerable<CorpusCase> cases) => SchemaText.Write(new JsonObject
    {
        ["description"] = Description,
        ["documents"] = new JsonArray(
        [
            .. cases.OrderBy(static corpusCase => corpusCase.FileName, StringComparer.Ordinal).Select(static corpusCase => new JsonObject
            {
                ["file"] = corpusCase.FileName,
                ["description"] = corpusCase.Description,
                ["errors"] = new JsonArray([.. corpusCase.Errors.Select(static error => new JsonObject { ["code"] = error.Code, ["pointer"] = error.Pointer })]),
            }),
        ]),
    });

    /// <summary>Reads the committed manifest.</summary>
    /// <returns>The expected findings of every document, by file name.</returns>
    internal static IReadOnlyDictionary<string, IReadOnlyList<ExpectedError>> Read() =>
        JsonNode.Parse(File.ReadAllText(Path))!["documents"]!.AsArray().ToDictionary(
            static entry => (string)entry!["file"]!,
            static entry => (IReadOnlyList<ExpectedError>)[.. entry!["errors"]!.AsArray().Select(static error => new ExpectedError((string)error!["code"]!, (string)error["pointer"]!))],
            StringComparer.Ordinal);
}
