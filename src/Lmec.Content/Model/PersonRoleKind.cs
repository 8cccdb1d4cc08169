using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>The part a person plays in an event.</summary>
[JsonConverter(typeof(ContentEnumConverter<PersonRoleKind>))]
public enum PersonRoleKind
{
    /// <summary>The person chaired the event.</summary>
    Chair,

    /// <summary>The person chaired the event together with others.</summary>
    CoChair,

    /// <summary>The person moderated the event.</summary>
    Moderator,

    /// <summary>The person hosted the event, or was its master of ceremonies.</summary>
    Host,

    /// <summary>The person led a delegation.</summary>
    HeadOfDelegation,

    /// <summary>The person reported the event's conclusions.</summary>
    Rapporteur,

    /// <summary>The person attended as guest of honour.</summary>
    GuestOfHonour,

    /// <summary>The person organised the event.</summary>
    Organiser,
}
