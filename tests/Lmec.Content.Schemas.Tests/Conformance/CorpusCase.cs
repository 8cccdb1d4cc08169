using System.Text.Json.Nodes;

namespace Lmec.Content.Schemas.Tests.Conformance;

/// <summary>An invalid conformance document: its file name, what it shows, the document, and the findings it must produce.</summary>
/// <param name="FileName">The file name under <c>schemas/v1/conformance/invalid/</c>.</param>
/// <param name="Description">What the document shows.</param>
/// <param name="Document">The document.</param>
/// <param name="Errors">Every finding it must produce, and no other.</param>
internal sealed record CorpusCase(string FileName, string Description, JsonNode? Document, IReadOnlyList<ExpectedError> Errors);
