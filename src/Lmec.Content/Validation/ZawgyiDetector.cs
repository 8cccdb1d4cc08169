namespace Lmec.Content.Validation;

/// <summary>
/// Tells Burmese text in the legacy Zawgyi encoding from Burmese in Unicode. Zawgyi reuses the code points of the
/// Myanmar block in the order the letters are drawn, so each encoding writes sequences the other never does. The
/// detector counts both:
/// <list type="bullet">
/// <item>signs of Zawgyi, which well-formed Unicode never writes: the vowel sign E (U+1031) or a medial
/// (U+103B–U+103E) not after a consonant or medial (Zawgyi stores them before their consonant); U+1039 not before a
/// consonant (Zawgyi's asat, Unicode's stacking virama); Zawgyi's precomposed stacked and variant forms U+1060–U+1097,
/// U+105A and the long vowels U+1033, U+1034; the digit zero U+1040 beside letters (Zawgyi typists' WA);</item>
/// <item>signs of Unicode, which Zawgyi never writes: the vowel sign E before a vowel sign, asat, tone mark, space or
/// the end (Zawgyi's E always stands before its consonant); a medial before the vowel sign E; the asat U+103A before
/// a tone mark or after NGA, NYA, NNYA or YA (Zawgyi's U+103A is the medial YA, which those letters never take).</item>
/// </list>
/// A text is likely Zawgyi when it has more signs of Zawgyi than of Unicode. Measured on the sentences in
/// <c>tests/Lmec.Content.Tests/Validation/Regional/Zawgyi/</c> (see <c>docs/validation-rules.md</c>, LMEC223).
/// </summary>
internal static class ZawgyiDetector
{
    /// <summary>Finds where a text likely in Zawgyi shows it first.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The index of the first sign of Zawgyi, in UTF-16 units, or -1 when the text is not likely Zawgyi.</returns>
    internal static int FindFirstSign(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u1000', '\u109F') < 0)
        {
            return -1;
        }

        var (zawgyi, unicode, first) = (0, 0, -1);
        for (var index = 0; index < text.Length; index++)
        {
            int character = text[index];
            if (character is < 0x1000 or > 0x109F)
            {
                continue;
            }

            var previous = index > 0 ? text[index - 1] : -1;
            var next = index + 1 < text.Length ? text[index + 1] : -1;
            if (IsZawgyiSign(character, previous, next))
            {
                zawgyi++;
                first = first < 0 ? index : first;
            }

            if (IsUnicodeSign(character, previous, next))
            {
                unicode++;
            }
        }

        return zawgyi > unicode ? first : -1;
    }

    private static bool IsZawgyiSign(int character, int previous, int next) => character switch
    {
        0x1031 or (>= 0x103B and <= 0x103E) => !IsConsonant(previous) && previous is not (>= 0x103B and <= 0x103E),
        0x1039 => next is not (>= 0x1000 and <= 0x1021),
        (>= 0x1060 and <= 0x1097) or 0x105A or 0x1033 or 0x1034 => true,
        0x1040 => previous is >= 0x1000 and <= 0x103F || next is >= 0x1000 and <= 0x103F,
        _ => false,
    };

    private static bool IsUnicodeSign(int character, int previous, int next) => character switch
    {
        0x1031 => next is 0x102B or 0x102C or 0x1036 or 0x1037 or 0x1038 or 0x103A || next is < 0x1000 or > 0x109F,
        >= 0x103B and <= 0x103E => next == 0x1031,
        0x103A => next is 0x1037 or 0x1038 || previous is 0x1004 or 0x1009 or 0x100A or 0x101A,
        _ => false,
    };

    // The consonants and independent vowels, U+1000–U+102A, and the great SA, U+103F.
    private static bool IsConsonant(int character) => character is (>= 0x1000 and <= 0x102A) or 0x103F;
}
