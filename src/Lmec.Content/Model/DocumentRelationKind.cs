using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>What happened to a document at an event.</summary>
[JsonConverter(typeof(ContentEnumConverter<DocumentRelationKind>))]
public enum DocumentRelationKind
{
    /// <summary>The document was released or launched at the event, such as a report.</summary>
    Released,

    /// <summary>The document was adopted at the event, such as a joint statement or an action plan.</summary>
    Adopted,

    /// <summary>The document was signed at the event, such as a memorandum of understanding.</summary>
    Signed,

    /// <summary>The document was discussed or reviewed at the event, such as a draft strategy.</summary>
    Discussed,

    /// <summary>The document was presented at the event, such as a study.</summary>
    Presented,

    /// <summary>The document relates to the event otherwise.</summary>
    Related,
}
