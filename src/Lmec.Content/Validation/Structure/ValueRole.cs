namespace Lmec.Content.Validation.Structure;

/// <summary>What a string of the model stands for, which decides the rules that check it.</summary>
internal enum ValueRole
{
    /// <summary>A value that only its own rule checks, such as <c>schemaVersion</c>.</summary>
    None,

    /// <summary>Plain text: a text of a multilingual text, an abbreviation, a handle, a printed form.</summary>
    Text,

    /// <summary>The id of an entity, an ASCII slug.</summary>
    Id,

    /// <summary>A topic, an ASCII slug.</summary>
    Topic,

    /// <summary>A reference to an organisation the document declares.</summary>
    OrganisationReference,

    /// <summary>A reference to a person the document declares.</summary>
    PersonReference,

    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    CountryCode,

    /// <summary>A BCP 47 language tag.</summary>
    LanguageTag,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A telephone or fax number in E.164 form.</summary>
    PhoneNumber,

    /// <summary>An absolute URL.</summary>
    Url,
}
