namespace Lmec.Content.Validation;

/// <summary>The kinds of suspicious code point (<see cref="SuspiciousCharacters"/>), each reported once per text with every occurrence of its kind.</summary>
internal enum SuspiciousCharacterClass
{
    /// <summary>A zero-width character where no script of the text needs it: U+200B–U+200D, U+2060, U+FEFF.</summary>
    ZeroWidth,

    /// <summary>A bidirectional embedding, override or isolate, U+202A–U+202E and U+2066–U+2069, which can reorder what a reader sees.</summary>
    Bidirectional,

    /// <summary>A control character other than tab, line feed and carriage return.</summary>
    Control,

    /// <summary>A non-character, such as U+FFFE, or a surrogate that is not half of a pair: code points that stand for no character.</summary>
    NonCharacter,
}
