using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>A platform an event was held or streamed on.</summary>
[JsonConverter(typeof(ContentEnumConverter<StreamingPlatform>))]
public enum StreamingPlatform
{
    /// <summary>Zoom.</summary>
    Zoom,

    /// <summary>Microsoft Teams.</summary>
    MicrosoftTeams,

    /// <summary>Webex.</summary>
    Webex,

    /// <summary>Facebook Live.</summary>
    FacebookLive,

    /// <summary>YouTube.</summary>
    YouTube,

    /// <summary>WeChat Channels.</summary>
    WeChatChannels,

    /// <summary>Bilibili.</summary>
    Bilibili,

    /// <summary>Another platform; <see cref="OnlinePlatform.Name"/> names it.</summary>
    Other,
}
