using System.Text.Json.Serialization;
using Lmec.Content.Model;

namespace Lmec.Content.Serialization;

/// <summary>
/// The member that says what a document is. Read through the serializer only when a quick look does
/// not find a known <c>kind</c>, so that the reason comes with a path and a position like any other error.
/// </summary>
internal sealed class DocumentHeader
{
    /// <summary>Gets the kind of the document.</summary>
    [JsonRequired]
    public DocumentKind Kind { get; init; }
}
