using Lmec.Content.Contract;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Structure;

/// <summary>What a <see cref="ModelWalker"/> shows the rules: every string, integer, date, timestamp and multilingual text of a document, with its member's contract and where it stands.</summary>
internal interface IModelVisitor
{
    /// <summary>Visits a string, such as an id, a reference, a language tag of a text or one of its texts.</summary>
    /// <param name="member">The member the string belongs to (<see cref="WireContract.TextOf"/> for a text of a multilingual text).</param>
    /// <param name="value">The string.</param>
    /// <param name="path">Where it stands; valid only during the call.</param>
    void Value(WireMember member, string value, JsonPointerBuilder path);

    /// <summary>Visits an integer.</summary>
    /// <param name="member">The member it belongs to.</param>
    /// <param name="value">The integer.</param>
    /// <param name="path">Where it stands; valid only during the call.</param>
    void Integer(WireMember member, long value, JsonPointerBuilder path);

    /// <summary>Visits a date: a full date, or a date of reduced precision.</summary>
    /// <param name="member">The member it belongs to.</param>
    /// <param name="value">The date; a full date has the precision of a day.</param>
    /// <param name="path">Where it stands; valid only during the call.</param>
    void Date(WireMember member, PartialDate value, JsonPointerBuilder path);

    /// <summary>Visits a timestamp.</summary>
    /// <param name="member">The member it belongs to.</param>
    /// <param name="value">The timestamp.</param>
    /// <param name="path">Where it stands; valid only during the call.</param>
    void Timestamp(WireMember member, DateTimeOffset value, JsonPointerBuilder path);

    /// <summary>Visits a multilingual text, before its tags and texts.</summary>
    /// <param name="text">The text.</param>
    /// <param name="path">Where it stands; valid only during the call.</param>
    void Text(LocalizedText text, JsonPointerBuilder path);

    /// <summary>Visits a non-empty list of strings as a whole, before its strings.</summary>
    /// <param name="member">The member that holds the list.</param>
    /// <param name="list">The list.</param>
    /// <param name="path">Where it stands; valid only during the call.</param>
    void StringList(WireMember member, IContentList list, JsonPointerBuilder path);

    /// <summary>Visits a string that may be longer than its member allows: it has more UTF-16 units than <see cref="WireMember.MaxLength"/>.</summary>
    /// <param name="member">The member the string belongs to.</param>
    /// <param name="value">The string.</param>
    /// <param name="path">Where it stands; valid only during the call.</param>
    void LongValue(WireMember member, string value, JsonPointerBuilder path);
}
