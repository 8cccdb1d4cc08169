using System.Diagnostics.CodeAnalysis;

namespace Lmec.Content.Canonicalization;

/// <summary>
/// The SHA-256 digest of a document's canonical JSON (RFC 8785), written <c>sha256:</c> followed by 64
/// lowercase hexadecimal digits. Two documents have the same digest when they hold the same JSON values,
/// whatever white space, member order or escapes a serializer chose. Immutable and thread-safe.
/// </summary>
public sealed class ContentDigest : IEquatable<ContentDigest>
{
    /// <summary>The name of the hash algorithm, written before the colon: <c>sha256</c>.</summary>
    public const string Algorithm = "sha256";

    private const int HexLength = 64;

    private ContentDigest(string hex) => Hex = hex;

    /// <summary>Gets the digest as 64 lowercase hexadecimal digits.</summary>
    public string Hex { get; }

    /// <summary>Reads a digest written as <c>sha256:&lt;hex&gt;</c> or as the 64 hexadecimal digits alone.</summary>
    /// <param name="text">The text; hexadecimal digits may be in either case.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a SHA-256 digest.</exception>
    public static ContentDigest Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var digest)
            ? digest
            : throw new FormatException($"Expected '{Algorithm}:' followed by {HexLength} hexadecimal digits, but got '{text}'.");
    }

    /// <summary>Reads a digest written as <c>sha256:&lt;hex&gt;</c> or as the 64 hexadecimal digits alone.</summary>
    /// <param name="text">The text; <see langword="null"/> is not a digest.</param>
    /// <param name="digest">The digest, when the text is one; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a SHA-256 digest.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ContentDigest? digest)
    {
        digest = null;
        if (text is null)
        {
            return false;
        }

        var hex = text.StartsWith(Algorithm + ":", StringComparison.OrdinalIgnoreCase) ? text[(Algorithm.Length + 1)..] : text;
        if (hex.Length != HexLength || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        digest = new ContentDigest(hex.ToLowerInvariant());
        return true;
    }

    /// <summary>Compares two digests.</summary>
    /// <param name="left">The first digest, or <see langword="null"/>.</param>
    /// <param name="right">The second digest, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or hold the same hash.</returns>
    public static bool operator ==(ContentDigest? left, ContentDigest? right) => Equals(left, right);

    /// <summary>Compares two digests.</summary>
    /// <param name="left">The first digest, or <see langword="null"/>.</param>
    /// <param name="right">The second digest, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the digests differ.</returns>
    public static bool operator !=(ContentDigest? left, ContentDigest? right) => !Equals(left, right);

    /// <summary>Compares with another digest.</summary>
    /// <param name="other">The digest to compare with; <see langword="null"/> is never equal.</param>
    /// <returns><see langword="true"/> when both hold the same hash.</returns>
    public bool Equals(ContentDigest? other) => other is not null && string.Equals(Hex, other.Hex, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ContentDigest);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Hex);

    /// <summary>Writes the digest as <c>sha256:&lt;hex&gt;</c>.</summary>
    /// <returns>The digest, such as <c>sha256:9f86d0…</c>.</returns>
    public override string ToString() => $"{Algorithm}:{Hex}";

    /// <summary>Creates a digest from the bytes of a SHA-256 hash.</summary>
    /// <param name="hash">The 32 bytes of the hash.</param>
    /// <returns>The digest.</returns>
    internal static ContentDigest FromHash(ReadOnlySpan<byte> hash) => new(Convert.ToHexStringLower(hash));
}
