using Lmec.Content.Validation;

namespace Lmec.Content.Testing;

/// <summary>
/// A document larger than the default size limit of 16 MiB, and limits raised to 32 MiB that must let it
/// through every path: content validation, the schema check and canonicalization, directly and through DI.
/// </summary>
internal static class LargeDocuments
{
    /// <summary>The size of the large document: 17 MiB.</summary>
    public const int Size = 17 * 1024 * 1024;

    /// <summary>The raised size limit: 32 MiB.</summary>
    public const int RaisedLimit = 32 * 1024 * 1024;

    private static readonly Lazy<string> Newsletter = new(() => Padded(File.ReadAllText(RepositoryPaths.Example("newsletter-2023-06.json"))));

    /// <summary>Gets the example newsletter, valid on every path, followed by white space up to 17 MiB.</summary>
    public static string PaddedNewsletter => Newsletter.Value;

    /// <summary>Gets limits with the size limit raised to 32 MiB and every other limit at its default.</summary>
    /// <returns>New limits.</returns>
    public static ContentLimits Raised() => new() { MaxDocumentBytes = RaisedLimit };

    /// <summary>Pads a document with spaces after it to 17 MiB of UTF-8.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The document and the spaces.</returns>
    public static string Padded(string json) => json + new string(' ', Size - System.Text.Encoding.UTF8.GetByteCount(json));
}
