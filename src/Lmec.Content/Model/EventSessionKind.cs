using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>What kind of session an event held.</summary>
[JsonConverter(typeof(ContentEnumConverter<EventSessionKind>))]
public enum EventSessionKind
{
    /// <summary>An opening session.</summary>
    Opening,

    /// <summary>A session of speeches.</summary>
    Speeches,

    /// <summary>A keynote session.</summary>
    Keynote,

    /// <summary>A panel discussion.</summary>
    PanelDiscussion,

    /// <summary>A roundtable.</summary>
    Roundtable,

    /// <summary>A workshop or breakout session.</summary>
    Workshop,

    /// <summary>A closing session.</summary>
    Closing,

    /// <summary>Another kind of session.</summary>
    Other,
}
