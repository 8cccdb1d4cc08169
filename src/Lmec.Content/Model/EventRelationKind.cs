using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>How an event relates to another event.</summary>
[JsonConverter(typeof(ContentEnumConverter<EventRelationKind>))]
public enum EventRelationKind
{
    /// <summary>This event is a side event of the other, such as a side event of a ministerial meeting.</summary>
    SideEventOf,

    /// <summary>The other event is a side event of this one.</summary>
    HasSideEvent,

    /// <summary>The other event was held alongside this one, such as an exhibition or a field visit.</summary>
    HeldWith,

    /// <summary>This event prepared the other, such as a preparatory meeting of a summit.</summary>
    PreparatoryFor,

    /// <summary>The other event prepared this one, such as the preparatory meeting of a workshop.</summary>
    PreparedBy,

    /// <summary>This event follows up the other.</summary>
    FollowUpOf,

    /// <summary>This event is part of the other, as a meeting is part of a cooperation week.</summary>
    PartOf,

    /// <summary>The events are related otherwise.</summary>
    Related,
}
