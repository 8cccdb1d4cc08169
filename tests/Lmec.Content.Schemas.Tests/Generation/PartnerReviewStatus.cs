using System.Text.Json.Serialization;

namespace Lmec.Content.Schemas.Tests.Generation;

/// <summary>Where a partner's submission stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PartnerReviewStatus>))]
public enum PartnerReviewStatus
{
    /// <summary>Received, not yet reviewed.</summary>
    Received,

    /// <summary>Accepted for the newsletter.</summary>
    Accepted,
}
