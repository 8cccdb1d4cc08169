using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>Whether a point of a speech gives the speaker's words or reports them.</summary>
[JsonConverter(typeof(ContentEnumConverter<PointAttribution>))]
public enum PointAttribution
{
    /// <summary>A direct quotation: the speaker's own words, as the source quotes them.</summary>
    Quotation,

    /// <summary>Reported speech: what the speaker said, in the source's words.</summary>
    Reported,
}
