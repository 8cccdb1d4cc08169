using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Lmec.Content.Validation;

/// <summary>
/// The code points that have no business in an id and deserve a look in a text: control characters
/// (other than tab, line feed and carriage return), bidirectional embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069), zero-width characters (U+200B–U+200D, U+2060, U+FEFF),
/// non-characters, and lone surrogates.
/// </summary>
/// <remarks>
/// In an id every one of them is suspicious (<see cref="TryFind"/>). In a text (<see cref="FindInText"/>) some
/// zero-width characters are how scripts are written, and are not reported where they do that work:
/// <list type="bullet">
/// <item>U+200B ZERO WIDTH SPACE marks a word break in Khmer, Lao, Burmese and Thai, which write no spaces between
/// words: it is normal beside a letter, mark or digit of those scripts when its other neighbour is a letter, mark,
/// digit, space or punctuation.</item>
/// <item>U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH JOINER choose the shape of letters in the scripts that
/// join or stack them (Arabic, Syriac, the Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian): they are
/// normal between two letters or marks of those scripts. U+200D also joins emoji into one (👩‍🌾): it is normal
/// after an emoji or U+FE0F and before an emoji.</item>
/// </list>
/// Anywhere else — between Latin letters, at the start or end of a text, beside another invisible character — they
/// are reported, as U+2060 and U+FEFF always are.
/// </remarks>
internal static class SuspiciousCharacters
{
    // Every UTF-16 unit that may start a suspicious code point: the suspicious BMP code points and all surrogates.
    private static readonly SearchValues<char> Candidates = CreateCandidates();

    /// <summary>Tells whether a code point is suspicious.</summary>
    /// <param name="codePoint">The code point.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    internal static bool IsSuspicious(int codePoint) => ClassOf(codePoint) is not null;

    /// <summary>Finds the first suspicious code point of a text, a lone surrogate among them, wherever it stands, as ids need.</summary>
    /// <param name="text">The text.</param>
    /// <param name="codePoint">The code point found, or -1.</param>
    /// <returns><see langword="true"/> when one was found.</returns>
    internal static bool TryFind(string text, out int codePoint)
    {
        for (var index = NextCandidate(text, 0); index >= 0; index = NextCandidate(text, index + 1))
        {
            var (value, length) = At(text, index);
            if (ClassOf(value) is not null)
            {
                codePoint = value;
                return true;
            }

            index += length - 1;
        }

        codePoint = -1;
        return false;
    }

    /// <summary>Finds every suspicious code point of a text, leaving out the zero-width characters its scripts use as they are meant to be used.</summary>
    /// <param name="text">The text.</param>
    /// <returns>What was found, in the order of the text; <see langword="null"/> for nearly every text, which has none.</returns>
    internal static List<SuspiciousCharacter>? FindInText(string text)
    {
        List<SuspiciousCharacter>? found = null;
        var (counted, position) = (0, 1);
        for (var index = NextCandidate(text, 0); index >= 0; index = NextCandidate(text, index + 1))
        {
            var (value, length) = At(text, index);
            if (ClassOf(value) is { } kind && !(kind == SuspiciousCharacterClass.ZeroWidth && IsNormalUse(text, index, value, length)))
            {
                position += CodePointCount(text.AsSpan(counted, index - counted));
                counted = index;
                (found ??= []).Add(new SuspiciousCharacter(kind, value, position));
            }

            index += length - 1;
        }

        return found;
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

    private static SuspiciousCharacterClass? ClassOf(int codePoint) => codePoint switch
    {
        '\t' or '\n' or '\r' => null,
        < 0x20 or (>= 0x7F and <= 0x9F) => SuspiciousCharacterClass.Control,
        (>= 0x200B and <= 0x200D) or 0x2060 or 0xFEFF => SuspiciousCharacterClass.ZeroWidth,
        (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) => SuspiciousCharacterClass.Bidirectional,
        (>= 0xFDD0 and <= 0xFDEF) or (>= 0xD800 and <= 0xDFFF) => SuspiciousCharacterClass.NonCharacter,
        _ when (codePoint & 0xFFFE) == 0xFFFE => SuspiciousCharacterClass.NonCharacter,
        _ => null,
    };

    // Most text is printable ASCII, which a vectorized search skips at once.
    private static int NextCandidate(string text, int start)
    {
        var rest = text.AsSpan(start);
        var index = rest.IndexOfAny(Candidates);
        return index < 0 ? -1 : start + index;
    }

    // The code point at an index, and its length in UTF-16 units; a lone surrogate stands for itself.
    private static (int CodePoint, int Length) At(string text, int index) =>
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) == OperationStatus.Done ? (rune.Value, consumed) : (text[index], 1);

    private static bool IsNormalUse(string text, int index, int codePoint, int length)
    {
        var before = index > 0 && Rune.DecodeLastFromUtf16(text.AsSpan(0, index), out var previous, out _) == OperationStatus.Done ? previous.Value : -1;
        var after = Rune.DecodeFromUtf16(text.AsSpan(index + length), out var next, out _) == OperationStatus.Done ? next.Value : -1;
        return codePoint switch
        {
            0x200B => (IsWordBreakScript(before) && IsWordNeighbour(after)) || (IsWordNeighbour(before) && IsWordBreakScript(after)),
            0x200C => IsJoiningScript(before) && IsJoiningScript(after),
            0x200D => (IsJoiningScript(before) && IsJoiningScript(after)) || ((IsEmoji(before) || before == 0xFE0F) && IsEmoji(after)),
            _ => false,
        };
    }

    // A letter, mark or digit of Thai, Lao, Myanmar or Khmer, which write no spaces between words.
    private static bool IsWordBreakScript(int codePoint) =>
        codePoint is (>= 0x0E00 and <= 0x0EFF) or (>= 0x1000 and <= 0x109F) or (>= 0xA9E0 and <= 0xA9FF) or (>= 0xAA60 and <= 0xAA7F)
            or (>= 0x1780 and <= 0x17FF) or (>= 0x19E0 and <= 0x19FF)
        && IsLetterMarkOrDigit(codePoint);

    private static bool IsWordNeighbour(int codePoint) =>
        codePoint >= 0 && (IsLetterMarkOrDigit(codePoint) || Rune.IsWhiteSpace(new Rune(codePoint)) || Rune.IsPunctuation(new Rune(codePoint)));

    // A letter or mark of a script whose letters join or stack, shaped with ZWJ and ZWNJ.
    private static bool IsJoiningScript(int codePoint) =>
        codePoint is (>= 0x0600 and <= 0x08FF) or (>= 0x0900 and <= 0x0DFF) or (>= 0x0E00 and <= 0x0FFF) or (>= 0x1000 and <= 0x109F)
            or (>= 0x1780 and <= 0x18AF) or (>= 0xA9E0 and <= 0xA9FF) or (>= 0xAA60 and <= 0xAA7F) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFC)
        && Rune.GetUnicodeCategory(new Rune(codePoint)) is <= UnicodeCategory.EnclosingMark;

    private static bool IsEmoji(int codePoint) =>
        codePoint is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2300 and <= 0x23FF) or (>= 0x2B00 and <= 0x2BFF);

    private static bool IsLetterMarkOrDigit(int codePoint) =>
        Rune.GetUnicodeCategory(new Rune(codePoint)) is <= UnicodeCategory.DecimalDigitNumber;

    // The code points of a span that starts at a code point: every UTF-16 unit but the low half of a pair.
    private static int CodePointCount(ReadOnlySpan<char> text)
    {
        var count = text.Length;
        for (var index = 1; index < text.Length; index++)
        {
            if (char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]))
            {
                count--;
            }
        }

        return count;
    }

    private static SearchValues<char> CreateCandidates()
    {
        var candidates = new List<char>();
        for (var character = 0; character <= char.MaxValue; character++)
        {
            if (ClassOf(character) is not null)
            {
                candidates.Add((char)character);
            }
        }

        return SearchValues.Create(CollectionsMarshal.AsSpan(candidates));
    }
}
