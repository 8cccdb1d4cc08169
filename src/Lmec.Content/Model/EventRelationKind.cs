using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>How an event relates to another event.</summary>
[JsonConverter(typeof(ContentEnumConverter<EventRelationKind>))]
public enum EventRelationKind
{
    /// <summary>This event is a side event of the other.</summary>
    SideEventOf,

    /// <summary>The other event is a side event of this one.</summary>
    HasSideEvent,

    /// <summary>The other event is an exhibition held with this one.</summary>
    Exhibition,

    /// <summary>This event prepared the other, such as a preparatory meeting of a summit.</summary>
    PreparatoryMeetingOf,

    /// <summary>This event follows up the other.</summary>
    FollowUpOf,

    /// <summary>This event is part of the other, as a meeting of a cooperation week.</summary>
    PartOf,

    /// <summary>The events are related otherwise.</summary>
    Related,
}
