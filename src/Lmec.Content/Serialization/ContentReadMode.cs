namespace Lmec.Content.Serialization;

/// <summary>How strictly a document is read.</summary>
public enum ContentReadMode
{
    /// <summary>
    /// Rejects anything the wire format does not define: unknown or duplicate members, comments,
    /// trailing commas, integer enum values, timestamps without an offset, non-finite numbers.
    /// </summary>
    Strict,

    /// <summary>
    /// Accepts members the model does not know, as a reader of an older minor version must, and keeps
    /// them in <see cref="Model.ContentObject.UnknownMembers"/> so that writing the document again loses
    /// nothing. Everything else is as strict as <see cref="Strict"/>.
    /// </summary>
    Lenient,
}
