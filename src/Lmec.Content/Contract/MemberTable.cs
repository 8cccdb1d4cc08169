using System.Collections.Frozen;

namespace Lmec.Content.Contract;

/// <summary>
/// The one table of what the wire format's string and integer members mean, by wire name: a name means the same
/// in every entity that has it (<c>number</c> is always an E.164 number, <c>id</c> always an id). Every other fact
/// of a member — its name, whether it is required, its JSON type, its enumeration — the model's types state, and
/// <see cref="WireContract"/> joins both. A new string or integer member of the model is declared here, or reading
/// the contract fails.
/// </summary>
internal static class MemberTable
{
    private static readonly FrozenDictionary<string, MemberDeclaration> Declared = new Dictionary<string, MemberDeclaration>(StringComparer.Ordinal)
    {
        ["$schema"] = new(ValueCategory.WebLink),
        ["schemaVersion"] = new(ValueCategory.SchemaVersion),
        ["language"] = new(ValueCategory.LanguageTag),
        ["from"] = new(ValueCategory.LanguageTag),
        ["id"] = new(ValueCategory.Id),
        ["topics"] = new(ValueCategory.Topic),
        ["speakerId"] = new(ValueCategory.PersonReference),
        ["speakerIds"] = new(ValueCategory.PersonReference),
        ["proponentId"] = new(ValueCategory.PersonReference),
        ["authorIds"] = new(ValueCategory.PersonReference),
        ["personId"] = new(ValueCategory.PersonReference),
        ["deliveredById"] = new(ValueCategory.PersonReference),
        ["moderatorIds"] = new(ValueCategory.PersonReference),
        ["translatorIds"] = new(ValueCategory.PersonReference),
        ["organisationId"] = new(ValueCategory.OrganisationReference),
        ["organisationIds"] = new(ValueCategory.OrganisationReference),
        ["parentId"] = new(ValueCategory.OrganisationReference),
        ["publisherId"] = new(ValueCategory.OrganisationReference),
        ["submittedById"] = new(ValueCategory.OrganisationReference),
        ["funderIds"] = new(ValueCategory.OrganisationReference),
        ["implementerIds"] = new(ValueCategory.OrganisationReference),
        ["issuerIds"] = new(ValueCategory.OrganisationReference),
        ["creditPersonId"] = new(ValueCategory.PersonReference),
        ["documentId"] = new(ValueCategory.DocumentReference),
        ["documentIds"] = new(ValueCategory.DocumentReference),
        ["projectIds"] = new(ValueCategory.ProjectReference),
        ["mediaIds"] = new(ValueCategory.MediaReference),
        ["eventId"] = new(ValueCategory.EventReference),
        ["countryCode"] = new(ValueCategory.CountryCode),
        ["countryCodes"] = new(ValueCategory.CountryCode),
        ["hostCountryCode"] = new(ValueCategory.CountryCode),
        ["utcOffset"] = new(ValueCategory.UtcOffset),
        ["duration"] = new(ValueCategory.Duration),
        ["emails"] = new(ValueCategory.Email),
        ["number"] = new(ValueCategory.PhoneNumber),
        ["website"] = new(ValueCategory.WebLink),
        ["url"] = new(ValueCategory.WebLink),
        ["licenceUrl"] = new(ValueCategory.WebLink),
        ["alternativeUrls"] = new(ValueCategory.WebLink),
        ["abbreviation"] = new(ValueCategory.Text, MaxLength: 50),
        ["printed"] = new(ValueCategory.Text, MaxLength: 50),
        ["postalCode"] = new(ValueCategory.Text, MaxLength: 20),
        ["handle"] = new(ValueCategory.Text, MaxLength: 100),
        ["issueNumber"] = MemberDeclaration.Range(1, int.MaxValue),
        ["year"] = MemberDeclaration.Range(1, 9999),
        ["foundedYear"] = MemberDeclaration.Range(1, 9999),
        ["ordinal"] = MemberDeclaration.Range(1, int.MaxValue),
        ["width"] = MemberDeclaration.Range(1, int.MaxValue),
        ["height"] = MemberDeclaration.Range(1, int.MaxValue),
        ["edition"] = MemberDeclaration.Range(1, int.MaxValue),
        ["value"] = MemberDeclaration.Range(1, int.MaxValue),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the wire name of every member the table declares.</summary>
    internal static IEnumerable<string> Names => Declared.Keys;

    /// <summary>Finds what the table declares of a member of the model.</summary>
    /// <param name="wireName">The member's wire name.</param>
    /// <param name="declaration">The declaration, when there is one.</param>
    /// <returns><see langword="true"/> when the table declares the member.</returns>
    internal static bool TryFind(string wireName, out MemberDeclaration declaration) => Declared.TryGetValue(wireName, out declaration);

    /// <summary>
    /// Finds what a string or integer member of an integrator's own type means, by the naming conventions of the
    /// wire format: an integer is a whole number in the range of its type; a string named <c>id</c> or ending in
    /// <c>Id</c> or <c>Ids</c> holds ids; any other string is plain text.
    /// </summary>
    /// <param name="wireName">The member's wire name.</param>
    /// <param name="isInteger">Whether the member holds integers rather than strings.</param>
    /// <returns>The declaration.</returns>
    internal static MemberDeclaration Convention(string wireName, bool isInteger) =>
        isInteger ? new(ValueCategory.Integer)
        : wireName == "id" || wireName.EndsWith("Id", StringComparison.Ordinal) || wireName.EndsWith("Ids", StringComparison.Ordinal) ? new(ValueCategory.Id)
        : new(ValueCategory.Text);
}
