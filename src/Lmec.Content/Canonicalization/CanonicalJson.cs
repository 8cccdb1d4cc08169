using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Lmec.Content.Json;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Canonicalization;

/// <summary>
/// Writes JSON in the canonical form of RFC 8785 (JSON Canonicalization Scheme) and computes its
/// SHA-256 digest, so that two parties can tell whether they hold the same document byte for byte,
/// whatever a serializer did to white space, member order or escapes.
/// </summary>
/// <remarks>
/// The canonical form has no white space; object members are sorted by the UTF-16 code units of their
/// names, recursively; numbers are written as ECMAScript writes doubles (<c>4.5</c>, <c>1e-7</c>,
/// <c>0</c> for <c>-0</c>); strings are UTF-8 with only the escapes JSON requires (<c>\"</c>, <c>\\</c>,
/// <c>\b \f \n \r \t</c> and <c>\u00XX</c> in lowercase for the other control characters). Every text
/// passes the JSON front end (<see cref="JsonFrontEnd"/>) first, with the limits given: text it rejects
/// is not digested, and the exception carries the same findings (<c>LMEC0xx</c>) validation reports for
/// it. All members are thread-safe.
/// </remarks>
[SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in the type of their first parameter, which no optional parameter added later can make ambiguous.")]
public static class CanonicalJson
{
    private static readonly JsonFrontEnd DefaultFrontEnd = new();

    /// <summary>
    /// Writes the canonical JSON of a document: the canonical form of what <see cref="ContentJson"/>
    /// writes for it, so unknown members kept by lenient reading are included.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="limits">The limits its JSON must keep, as those it was validated with; <see langword="null"/> for the defaults.</param>
    /// <returns>The canonical UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of its range.</exception>
    /// <exception cref="ContentValidationException">
    /// The document's JSON breaks a limit or holds what canonical JSON cannot represent, such as a number out
    /// of range in an unknown member; <see cref="ContentValidationException.Report"/> has the findings.
    /// </exception>
    public static byte[] Canonicalize(ContentDocument document, ContentLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return CanonicalizeText(ContentJson.SerializeToUtf8Bytes(document), limits);
    }

    /// <summary>Writes JSON text in canonical form.</summary>
    /// <param name="utf8Json">One JSON value as UTF-8; a single leading byte order mark is skipped.</param>
    /// <param name="limits">The limits the text must keep; <see langword="null"/> for the defaults.</param>
    /// <returns>The canonical UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of its range.</exception>
    /// <exception cref="ContentValidationException">
    /// The front end rejects the text: it is not exactly one strict JSON value (empty input, a syntax error,
    /// comments, trailing commas, trailing text), breaks a limit (such as nesting deeper than 64), or holds a
    /// duplicate member name (also when written with escapes), invalid UTF-8 or a lone surrogate, or a number
    /// beyond ±(2^53 − 1), however written, such as <c>9007199254740993</c> (whose digits a double would
    /// change), <c>1e21</c> or <c>1e400</c>. <see cref="ContentValidationException.Report"/>
    /// has every finding, with its code, pointer, line and column.
    /// </exception>
    public static byte[] Canonicalize(ReadOnlySpan<byte> utf8Json, ContentLimits? limits = null) => CanonicalizeText(utf8Json.ToArray(), limits);

    /// <summary>Computes the SHA-256 digest of a document's canonical JSON (see <see cref="Canonicalize(ContentDocument, ContentLimits)"/>).</summary>
    /// <param name="document">The document.</param>
    /// <param name="limits">The limits its JSON must keep, as those it was validated with; <see langword="null"/> for the defaults.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of its range.</exception>
    /// <exception cref="ContentValidationException">The document's JSON cannot be canonicalized; see <see cref="Canonicalize(ContentDocument, ContentLimits)"/>.</exception>
    public static ContentDigest ComputeDigest(ContentDocument document, ContentLimits? limits = null) => ContentDigest.FromHash(SHA256.HashData(Canonicalize(document, limits)));

    /// <summary>Computes the SHA-256 digest of the canonical form of JSON text (see <see cref="Canonicalize(ReadOnlySpan{byte}, ContentLimits)"/>).</summary>
    /// <param name="utf8Json">One JSON value as UTF-8; a single leading byte order mark is skipped.</param>
    /// <param name="limits">The limits the text must keep; <see langword="null"/> for the defaults.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of its range.</exception>
    /// <exception cref="ContentValidationException">The text cannot be canonicalized; see <see cref="Canonicalize(ReadOnlySpan{byte}, ContentLimits)"/>.</exception>
    public static ContentDigest ComputeDigest(ReadOnlySpan<byte> utf8Json, ContentLimits? limits = null) => ContentDigest.FromHash(SHA256.HashData(Canonicalize(utf8Json, limits)));

    private static byte[] CanonicalizeText(ReadOnlyMemory<byte> utf8Json, ContentLimits? limits)
    {
        var json = (limits is null ? DefaultFrontEnd : new JsonFrontEnd(limits)).Read(utf8Json);
        return json.IsValid ? JsonCanonicalizer.Canonicalize(json.Text) : throw new ContentValidationException(json.Report);
    }
}
