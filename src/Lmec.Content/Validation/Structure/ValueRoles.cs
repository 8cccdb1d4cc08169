namespace Lmec.Content.Validation.Structure;

/// <summary>
/// Finds the <see cref="ValueRole"/> of a string member from its wire name, following the conventions
/// of the wire format: <c>id</c> is an id, a name ending in <c>Id</c> or <c>Ids</c> a reference.
/// </summary>
internal static class ValueRoles
{
    /// <summary>Gets the role of the strings a member holds.</summary>
    /// <param name="wireName">The member's wire name, such as <c>speakerId</c>.</param>
    /// <returns>The role; <see cref="ValueRole.Text"/> for any other member.</returns>
    internal static ValueRole Of(string wireName) => wireName switch
    {
        "id" => ValueRole.Id,
        "topics" => ValueRole.Topic,
        "speakerId" or "speakerIds" or "proponentId" or "authorIds" => ValueRole.PersonReference,
        "organisationId" or "organisationIds" or "parentId" or "publisherId" or "submittedById" => ValueRole.OrganisationReference,
        "countryCode" or "countryCodes" => ValueRole.CountryCode,
        "language" => ValueRole.LanguageTag,
        "emails" => ValueRole.Email,
        "number" => ValueRole.PhoneNumber,
        "website" or "url" or "$schema" => ValueRole.Url,
        "schemaVersion" => ValueRole.None,
        _ => ValueRole.Text,
    };
}
