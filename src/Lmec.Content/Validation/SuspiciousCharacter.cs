namespace Lmec.Content.Validation;

/// <summary>One suspicious code point of a text and where it stands.</summary>
/// <param name="Class">Its kind.</param>
/// <param name="CodePoint">The code point, or the UTF-16 unit of a lone surrogate.</param>
/// <param name="Position">Its position in the text, counted in Unicode code points from 1, as columns are.</param>
internal readonly record struct SuspiciousCharacter(SuspiciousCharacterClass Class, int CodePoint, int Position);
