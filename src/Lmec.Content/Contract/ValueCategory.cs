namespace Lmec.Content.Contract;

/// <summary>
/// What a member's value stands for in the wire format, which decides its JSON type, pattern, length limit and
/// the code a malformed value gets (<see cref="WireMember.Code"/>).
/// </summary>
public enum ValueCategory
{
    /// <summary>Plain text that is not blank: an abbreviation, a handle, a printed form, a postal code.</summary>
    Text,

    /// <summary>The id of an entity: an ASCII slug such as <c>liu-qing</c>.</summary>
    Id,

    /// <summary>A topic: an ASCII slug such as <c>climate-change</c>.</summary>
    Topic,

    /// <summary>The id of an organisation the document declares.</summary>
    OrganisationReference,

    /// <summary>The id of a person the document declares.</summary>
    PersonReference,

    /// <summary>An assigned ISO 3166-1 alpha-2 country code, such as <c>KH</c>.</summary>
    CountryCode,

    /// <summary>A BCP 47 language tag, such as <c>zh-Hans</c>.</summary>
    LanguageTag,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A telephone or fax number in E.164 form, such as <c>+861082268242</c>.</summary>
    PhoneNumber,

    /// <summary>A web link: an absolute <c>http</c> or <c>https</c> URL, or <c>mailto:</c> and one address.</summary>
    WebLink,

    /// <summary>The version of the wire format a document follows, such as <c>1.0</c>.</summary>
    SchemaVersion,

    /// <summary>A calendar date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>An RFC 3339 timestamp with its offset.</summary>
    Timestamp,

    /// <summary>A whole number within the member's range.</summary>
    Integer,

    /// <summary><see langword="true"/> or <see langword="false"/>.</summary>
    Boolean,

    /// <summary>One of the names of a closed set.</summary>
    Enumeration,

    /// <summary>A multilingual text: an object of language tag to text.</summary>
    LocalizedText,

    /// <summary>An object of the model, such as an organisation or an address.</summary>
    Entity,

    /// <summary>A document's extensions: an object of extension URI to the extension's content, any JSON value, which the extension's registered schema or type checks.</summary>
    Extensions,

    /// <summary>A Gregorian calendar date of the precision the source gives: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    PartialDate,

    /// <summary>A time of day on the 24-hour clock, <c>HH:mm</c> or <c>HH:mm:ss</c>.</summary>
    Time,

    /// <summary>An offset from UTC, <c>Z</c> or from <c>-14:00</c> to <c>+14:00</c>, such as <c>+07:00</c>.</summary>
    UtcOffset,

    /// <summary>An ISO 8601 duration, such as <c>PT3H</c> or <c>P0.5D</c>.</summary>
    Duration,

    /// <summary>The id of a related document (<c>documents</c>) the document declares.</summary>
    DocumentReference,

    /// <summary>The id of a project the document declares.</summary>
    ProjectReference,

    /// <summary>The id of a media object the document declares.</summary>
    MediaReference,

    /// <summary>The id of an event of the document.</summary>
    EventReference,
}
