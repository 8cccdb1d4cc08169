using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>What a media object is: an image, a video or an audio recording.</summary>
[JsonConverter(typeof(ContentEnumConverter<MediaKind>))]
public enum MediaKind
{
    /// <summary>An image, such as a photograph.</summary>
    Image,

    /// <summary>A video.</summary>
    Video,

    /// <summary>An audio recording.</summary>
    Audio,
}
