namespace Lmec.Content.Schemas;

/// <summary>The limits a <see cref="SchemaValidator"/> applies before it reads a document.</summary>
public sealed class SchemaValidatorOptions
{
    /// <summary>Gets or sets the largest document accepted, in bytes.</summary>
    /// <value>The default value is 16 MiB (16,777,216 bytes); it must be positive.</value>
    public int MaxDocumentBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Gets or sets how deep objects and arrays may nest; the document's root object is at depth 1.</summary>
    /// <value>The default value is 64; it must be positive.</value>
    public int MaxDepth { get; set; } = 64;
}
