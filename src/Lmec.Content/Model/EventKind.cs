using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>What kind of gathering an event is.</summary>
[JsonConverter(typeof(ContentEnumConverter<EventKind>))]
public enum EventKind
{
    /// <summary>A symposium.</summary>
    Symposium,

    /// <summary>A conference.</summary>
    Conference,

    /// <summary>A forum.</summary>
    Forum,

    /// <summary>A dialogue or roundtable dialogue.</summary>
    Dialogue,

    /// <summary>A workshop.</summary>
    Workshop,

    /// <summary>A seminar.</summary>
    Seminar,

    /// <summary>A training course.</summary>
    Training,

    /// <summary>A meeting.</summary>
    Meeting,

    /// <summary>A webinar.</summary>
    Webinar,

    /// <summary>A field visit.</summary>
    FieldVisit,

    /// <summary>Another kind of event.</summary>
    Other,
}
