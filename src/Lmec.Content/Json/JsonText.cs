namespace Lmec.Content.Json;

/// <summary>
/// A JSON text that <see cref="JsonFrontEnd"/> accepted: exactly one value in strict RFC 8259 syntax, UTF-8
/// without a byte order mark, within the limits, without duplicate members, lone surrogates or numbers out
/// of range. Only the front end makes one, so a step that takes it, such as an
/// <see cref="Validation.IStructureValidator"/> or canonicalization, reads it without checking it again.
/// </summary>
public sealed class JsonText
{
    /// <summary>Initialises a text the front end accepted.</summary>
    /// <param name="utf8Json">The text, without its byte order mark.</param>
    internal JsonText(ReadOnlyMemory<byte> utf8Json) => Utf8Json = utf8Json;

    /// <summary>Gets the text as UTF-8, without a byte order mark.</summary>
    public ReadOnlyMemory<byte> Utf8Json { get; }
}
