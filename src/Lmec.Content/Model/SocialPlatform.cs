using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>A social network or messaging platform.</summary>
[JsonConverter(typeof(ContentEnumConverter<SocialPlatform>))]
public enum SocialPlatform
{
    /// <summary>WeChat; the handle is the WeChat ID.</summary>
    WeChat,

    /// <summary>Sina Weibo.</summary>
    Weibo,

    /// <summary>Facebook.</summary>
    Facebook,

    /// <summary>X, formerly Twitter.</summary>
    X,

    /// <summary>LinkedIn.</summary>
    LinkedIn,

    /// <summary>YouTube.</summary>
    YouTube,

    /// <summary>Instagram.</summary>
    Instagram,

    /// <summary>LINE.</summary>
    Line,

    /// <summary>Zalo.</summary>
    Zalo,

    /// <summary>Telegram.</summary>
    Telegram,

    /// <summary>Another platform.</summary>
    Other,
}
