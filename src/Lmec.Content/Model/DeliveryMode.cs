using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>How a speech reached its audience.</summary>
[JsonConverter(typeof(ContentEnumConverter<DeliveryMode>))]
public enum DeliveryMode
{
    /// <summary>Given in person, at the venue.</summary>
    InPerson,

    /// <summary>Given live over video.</summary>
    LiveVideo,

    /// <summary>Recorded beforehand and played.</summary>
    Prerecorded,

    /// <summary>Sent in writing, such as a message or letter read out or published.</summary>
    Written,
}
