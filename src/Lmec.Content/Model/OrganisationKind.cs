using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>What kind of body an organisation is.</summary>
[JsonConverter(typeof(ContentEnumConverter<OrganisationKind>))]
public enum OrganisationKind
{
    /// <summary>A ministry or ministry-level government body, such as a national commission.</summary>
    Ministry,

    /// <summary>A government agency or department below ministry level, national or local.</summary>
    GovernmentAgency,

    /// <summary>A public institution attached to a government body.</summary>
    PublicInstitution,

    /// <summary>A centre for international cooperation.</summary>
    CooperationCentre,

    /// <summary>An intergovernmental organisation, including the United Nations and its programmes.</summary>
    IntergovernmentalOrganisation,

    /// <summary>A country or regional office of a larger organisation.</summary>
    CountryOffice,

    /// <summary>A non-governmental, non-profit organisation.</summary>
    NonGovernmentalOrganisation,

    /// <summary>A research institute or think tank.</summary>
    ResearchInstitute,

    /// <summary>A university or other academic institution.</summary>
    University,

    /// <summary>A company or other enterprise.</summary>
    Enterprise,

    /// <summary>Another kind of organisation.</summary>
    Other,
}
