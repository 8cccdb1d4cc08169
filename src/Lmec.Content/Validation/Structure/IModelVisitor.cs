using Lmec.Content.Model;

namespace Lmec.Content.Validation.Structure;

/// <summary>What a <see cref="ModelWalker"/> shows the rules: every string and every multilingual text of a document, with where it stands.</summary>
internal interface IModelVisitor
{
    /// <summary>Visits a string, such as an id, a reference, a language tag of a text or one of its texts.</summary>
    /// <param name="role">What the string stands for.</param>
    /// <param name="value">The string.</param>
    /// <param name="path">Where it stands; valid only during the call.</param>
    void Value(ValueRole role, string value, JsonPointerBuilder path);

    /// <summary>Visits a multilingual text, before its tags and texts.</summary>
    /// <param name="text">The text.</param>
    /// <param name="path">Where it stands; valid only during the call.</param>
    void Text(LocalizedText text, JsonPointerBuilder path);

    /// <summary>Visits a non-empty list of strings as a whole, before its strings.</summary>
    /// <param name="role">What the strings stand for.</param>
    /// <param name="list">The list.</param>
    /// <param name="path">Where it stands; valid only during the call.</param>
    void StringList(ValueRole role, IContentList list, JsonPointerBuilder path);

    /// <summary>Visits a string that may be longer than its member allows: it has more UTF-16 units than the limit.</summary>
    /// <param name="role">What the string stands for.</param>
    /// <param name="value">The string.</param>
    /// <param name="maxLength">The most code points its member allows (<see cref="WireFormatLimits.MaxLength"/>).</param>
    /// <param name="path">Where it stands; valid only during the call.</param>
    void LongValue(ValueRole role, string value, int maxLength, JsonPointerBuilder path);
}
