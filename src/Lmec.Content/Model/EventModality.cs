using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>How people attend an event or take part in it.</summary>
[JsonConverter(typeof(ContentEnumConverter<EventModality>))]
public enum EventModality
{
    /// <summary>In person only.</summary>
    Offline,

    /// <summary>Online only.</summary>
    Online,

    /// <summary>Both in person and online.</summary>
    Hybrid,
}
