namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>The kind of value a member holds, as the committed schemas describe it, which decides its edge values.</summary>
internal enum ValueCategory
{
    /// <summary>An ASCII slug: an id, a reference or a topic.</summary>
    Identifier,

    /// <summary>A BCP 47 language tag.</summary>
    LanguageTag,

    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    CountryCode,

    /// <summary>A telephone or fax number in E.164 form.</summary>
    PhoneNumber,

    /// <summary>The wire format's version, <c>1.x</c>.</summary>
    SchemaVersion,

    /// <summary>A calendar date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>An RFC 3339 timestamp with an offset.</summary>
    Timestamp,

    /// <summary>A date of reduced precision, <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    PartialDate,

    /// <summary>A time of day, <c>HH:mm</c> or <c>HH:mm:ss</c>.</summary>
    Time,

    /// <summary>An offset from UTC, <c>Z</c> or <c>±HH:mm</c>.</summary>
    UtcOffset,

    /// <summary>An ISO 8601 duration.</summary>
    Duration,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A web link: <c>http</c>, <c>https</c> or <c>mailto</c>.</summary>
    Url,

    /// <summary>A string of free text, such as a text of a multilingual text or a printed form.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A name of a closed set.</summary>
    Enum,

    /// <summary>A multilingual text: an object keyed by language tag.</summary>
    LocalizedText,

    /// <summary>An object of named members.</summary>
    Object,

    /// <summary>A list.</summary>
    Array,
}
