using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>What kind of document a related document is.</summary>
[JsonConverter(typeof(ContentEnumConverter<RelatedDocumentKind>))]
public enum RelatedDocumentKind
{
    /// <summary>A strategy.</summary>
    Strategy,

    /// <summary>A framework, such as a cooperation framework.</summary>
    Framework,

    /// <summary>A declaration.</summary>
    Declaration,

    /// <summary>A joint statement.</summary>
    JointStatement,

    /// <summary>An action plan.</summary>
    ActionPlan,

    /// <summary>A report.</summary>
    Report,

    /// <summary>A letter.</summary>
    Letter,

    /// <summary>A message, such as a congratulatory message.</summary>
    Message,

    /// <summary>An agreement.</summary>
    Agreement,

    /// <summary>A memorandum, such as a memorandum of understanding.</summary>
    Memorandum,

    /// <summary>A guideline.</summary>
    Guideline,

    /// <summary>A publication, such as a book or a study.</summary>
    Publication,

    /// <summary>Any other kind of document.</summary>
    Other,
}
