namespace Lmec.Content.AspNetCore;

/// <summary>
/// The <c>type</c> of every problem response (RFC 9457) that the endpoints write, one per cause, so that a client
/// can tell the causes apart without reading the title. Each is described in <c>docs/aspnetcore.md</c>.
/// </summary>
public static class ContentProblemTypes
{
    /// <summary>The body is not a document the model can read (<c>400</c>): not UTF-8, not strict JSON, or of the wrong structure.</summary>
    public const string UnreadableDocument = "https://lmec.org.cn/problems/content/v1/unreadable-document";

    /// <summary>The document was read but breaks the rules (<c>422</c>): such as a reference to an organisation it does not declare.</summary>
    public const string InvalidDocument = "https://lmec.org.cn/problems/content/v1/invalid-document";

    /// <summary>The body is larger than the size limit (<c>413</c>); it was not read further.</summary>
    public const string DocumentTooLarge = "https://lmec.org.cn/problems/content/v1/document-too-large";

    /// <summary>The body's <c>Content-Type</c> is missing, not JSON (or NDJSON where lines are expected), or names a character set other than UTF-8 (<c>415</c>).</summary>
    public const string UnsupportedMediaType = "https://lmec.org.cn/problems/content/v1/unsupported-media-type";

    /// <summary>The body came too slowly and was cut off (<c>408</c>).</summary>
    public const string BodyTimeout = "https://lmec.org.cn/problems/content/v1/body-timeout";
}
