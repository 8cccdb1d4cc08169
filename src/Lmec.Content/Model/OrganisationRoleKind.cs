using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>The part an organisation plays in an event.</summary>
[JsonConverter(typeof(ContentEnumConverter<OrganisationRoleKind>))]
public enum OrganisationRoleKind
{
    /// <summary>The event was held under the guidance of the organisation.</summary>
    GuidedBy,

    /// <summary>The organisation organised the event.</summary>
    OrganisedBy,

    /// <summary>The organisation organised the event together with others.</summary>
    CoOrganisedBy,

    /// <summary>The organisation hosted the event.</summary>
    HostedBy,

    /// <summary>The organisation supported the event.</summary>
    SupportedBy,

    /// <summary>The organisation sponsored or funded the event.</summary>
    SponsoredBy,

    /// <summary>The organisation took part as a partner.</summary>
    PartnerOf,

    /// <summary>The organisation hosted the event together with others.</summary>
    CoHostedBy,

    /// <summary>The organisation funded the event, as from a fund or programme.</summary>
    FundedBy,

    /// <summary>The organisation carried out the event, as the implementing agency of a project.</summary>
    ImplementedBy,
}
