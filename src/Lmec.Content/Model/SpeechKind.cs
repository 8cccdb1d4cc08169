using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>The place a speech had in an event.</summary>
[JsonConverter(typeof(ContentEnumConverter<SpeechKind>))]
public enum SpeechKind
{
    /// <summary>An opening speech.</summary>
    Opening,

    /// <summary>An introductory speech.</summary>
    Introductory,

    /// <summary>A welcome address.</summary>
    Welcome,

    /// <summary>A keynote speech.</summary>
    Keynote,

    /// <summary>A special speech.</summary>
    Special,

    /// <summary>A contribution to a panel discussion.</summary>
    Panel,

    /// <summary>A presentation.</summary>
    Presentation,

    /// <summary>A closing speech.</summary>
    Closing,

    /// <summary>Congratulatory remarks.</summary>
    Congratulatory,

    /// <summary>A message, such as one sent to the event and read out.</summary>
    Message,

    /// <summary>A letter.</summary>
    Letter,

    /// <summary>Remarks of no other kind named here.</summary>
    Remarks,

    /// <summary>Another kind of speech.</summary>
    Other,
}
