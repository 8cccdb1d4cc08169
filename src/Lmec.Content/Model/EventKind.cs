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

    /// <summary>A summit of heads of state or government, or of leaders of organisations.</summary>
    Summit,

    /// <summary>A roundtable, or a contribution to one.</summary>
    Roundtable,

    /// <summary>An exhibition.</summary>
    Exhibition,

    /// <summary>A ceremony, such as a signing or an award ceremony.</summary>
    Ceremony,

    /// <summary>The launch of a project, a publication or a programme.</summary>
    Launch,

    /// <summary>A consultation of stakeholders or experts.</summary>
    Consultation,

    /// <summary>A study tour or exchange visit.</summary>
    StudyTour,

    /// <summary>A campaign, such as an awareness or clean-up campaign.</summary>
    Campaign,

    /// <summary>Another kind of event.</summary>
    Other,
}
