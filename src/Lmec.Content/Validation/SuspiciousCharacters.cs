using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Lmec.Content.Validation;

/// <summary>
/// The code points that have no business in an id and deserve a look in a text: control characters
/// (other than tab, line feed and carriage return), bidirectional embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069), zero-width characters (U+200B–U+200D, U+2060, U+FEFF),
/// non-characters, and lone surrogates.
/// </summary>
internal static class SuspiciousCharacters
{
    // Every UTF-16 unit that may start a suspicious code point: the suspicious BMP code points and all surrogates.
    private static readonly SearchValues<char> Candidates = CreateCandidates();

    /// <summary>Tells whether a code point is suspicious.</summary>
    /// <param name="codePoint">The code point.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    internal static bool IsSuspicious(int codePoint) => codePoint switch
    {
        '\t' or '\n' or '\r' => false,
        < 0x20 or (>= 0x7F and <= 0x9F) => true,
        (>= 0x200B and <= 0x200D) or 0x2060 or 0xFEFF => true,
        (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) => true,
        (>= 0xFDD0 and <= 0xFDEF) => true,
        (>= 0xD800 and <= 0xDFFF) => true,
        _ => (codePoint & 0xFFFE) == 0xFFFE,
    };

    /// <summary>Finds the first suspicious code point of a text, a lone surrogate among them.</summary>
    /// <param name="text">The text.</param>
    /// <param name="codePoint">The code point found, or -1.</param>
    /// <returns><see langword="true"/> when one was found.</returns>
    internal static bool TryFind(string text, out int codePoint)
    {
        // Most text is printable ASCII, which a vectorized search skips at once.
        var start = text.AsSpan().IndexOfAnyExceptInRange(' ', '~');
        var rest = start < 0 ? [] : text.AsSpan(start);
        for (var index = rest.IndexOfAny(Candidates); index >= 0; index = rest.IndexOfAny(Candidates))
        {
            var status = Rune.DecodeFromUtf16(rest[index..], out var rune, out var consumed);
            codePoint = status == OperationStatus.Done ? rune.Value : rest[index];
            if (status != OperationStatus.Done || IsSuspicious(codePoint))
            {
                return true;
            }

            rest = rest[(index + consumed)..];
        }

        codePoint = -1;
        return false;
    }

    /// <summary>Tells whether a text holds a surrogate that is not half of a pair.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    internal static bool HasLoneSurrogate(string text)
    {
        var rest = text.AsSpan();
        for (var index = rest.IndexOfAnyInRange('\uD800', '\uDFFF'); index >= 0; index = rest.IndexOfAnyInRange('\uD800', '\uDFFF'))
        {
            if (Rune.DecodeFromUtf16(rest[index..], out _, out var consumed) != OperationStatus.Done)
            {
                return true;
            }

            rest = rest[(index + consumed)..];
        }

        return false;
    }

    private static SearchValues<char> CreateCandidates()
    {
        var candidates = new List<char>();
        for (var character = 0; character <= char.MaxValue; character++)
        {
            if (IsSuspicious(character))
            {
                candidates.Add((char)character);
            }
        }

        return SearchValues.Create(CollectionsMarshal.AsSpan(candidates));
    }
}
