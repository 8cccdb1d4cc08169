using System.Security.Cryptography;
using System.Text.Json;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Canonicalization;

/// <summary>
/// Writes JSON in the canonical form of RFC 8785 (JSON Canonicalization Scheme) and computes its
/// SHA-256 digest, so that two parties can tell whether they hold the same document byte for byte,
/// whatever a serializer did to white space, member order or escapes.
/// </summary>
/// <remarks>
/// The canonical form has no white space; object members are sorted by the UTF-16 code units of their
/// names, recursively; numbers are written as ECMAScript writes doubles (<c>1e+21</c>, <c>1e-7</c>,
/// <c>0</c> for <c>-0</c>); strings are UTF-8 with only the escapes JSON requires (<c>\"</c>, <c>\\</c>,
/// <c>\b \f \n \r \t</c> and <c>\u00XX</c> in lowercase for the other control characters). Input that
/// canonical JSON cannot represent is rejected rather than digested. All members are thread-safe.
/// </remarks>
public static class CanonicalJson
{
    /// <summary>
    /// Writes the canonical JSON of a document: the canonical form of what <see cref="ContentJson"/>
    /// writes for it, so unknown members kept by lenient reading are included.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The canonical UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">An unknown member of the document holds a number that canonical JSON cannot represent.</exception>
    public static byte[] Canonicalize(ContentDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonCanonicalizer.Canonicalize(ContentJson.SerializeToUtf8Bytes(document));
    }

    /// <summary>Writes JSON text in canonical form.</summary>
    /// <param name="utf8Json">One JSON value as UTF-8; a single leading byte order mark is skipped.</param>
    /// <returns>The canonical UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="JsonException">
    /// The text is not exactly one JSON value (empty input, a syntax error, comments, trailing commas,
    /// trailing text, nesting deeper than 64), or holds a duplicate member name (also when written with
    /// escapes), invalid UTF-8 or a lone surrogate, a number beyond the range of a double such as
    /// <c>1e400</c>, or an integer beyond ±(2^53 − 1) whose digits canonicalization would change, such as
    /// <c>9007199254740993</c> (it would share a digest with <c>9007199254740992</c>).
    /// <see cref="JsonException.Path"/>,
    /// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where.
    /// </exception>
    public static byte[] Canonicalize(ReadOnlySpan<byte> utf8Json) => JsonCanonicalizer.Canonicalize(utf8Json);

    /// <summary>Computes the SHA-256 digest of a document's canonical JSON (see <see cref="Canonicalize(ContentDocument)"/>).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">An unknown member of the document holds a number that canonical JSON cannot represent.</exception>
    public static ContentDigest ComputeDigest(ContentDocument document) => ContentDigest.FromHash(SHA256.HashData(Canonicalize(document)));

    /// <summary>Computes the SHA-256 digest of the canonical form of JSON text (see <see cref="Canonicalize(ReadOnlySpan{byte})"/>).</summary>
    /// <param name="utf8Json">One JSON value as UTF-8; a single leading byte order mark is skipped.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="JsonException">The text cannot be canonicalized; see <see cref="Canonicalize(ReadOnlySpan{byte})"/>.</exception>
    public static ContentDigest ComputeDigest(ReadOnlySpan<byte> utf8Json) => ContentDigest.FromHash(SHA256.HashData(Canonicalize(utf8Json)));
}
