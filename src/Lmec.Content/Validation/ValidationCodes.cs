using System.Collections.Frozen;
using System.Reflection;

namespace Lmec.Content.Validation;

/// <summary>
/// The stable codes of the findings that validation reports. <c>LMEC0xx</c> are limits and syntax,
/// <c>LMEC1xx</c> structure, <c>LMEC2xx</c> semantic rules, <c>LMEC3xx</c> the JSON Schema layer and
/// <c>LMEC9xx</c> internal failures. Every code is documented, with an example and its messages, in
/// <c>docs/validation-rules.md</c>; a code never changes its meaning.
/// </summary>
public static class ValidationCodes
{
    /// <summary>The document is larger than <see cref="ContentLimits.MaxDocumentBytes"/>.</summary>
    public const string DocumentTooLarge = "LMEC001";

    /// <summary>The document is nested deeper than <see cref="ContentLimits.MaxDepth"/>.</summary>
    public const string NestingTooDeep = "LMEC002";

    /// <summary>A string or member name is longer than <see cref="ContentLimits.MaxStringLength"/>.</summary>
    public const string StringTooLong = "LMEC003";

    /// <summary>An array has more elements than <see cref="ContentLimits.MaxArrayLength"/>.</summary>
    public const string ArrayTooLong = "LMEC004";

    /// <summary>Validation reached <see cref="ContentLimits.MaxFindings"/> and stopped, so the document was not checked to its end.</summary>
    public const string TooManyFindings = "LMEC005";

    /// <summary>The document is not encoded in UTF-8, such as UTF-16 or UTF-32.</summary>
    public const string NotUtf8 = "LMEC010";

    /// <summary>A string holds bytes that are not UTF-8, or an escaped lone surrogate such as <c>\ud800</c>.</summary>
    public const string InvalidUnicode = "LMEC011";

    /// <summary>The text is not strict JSON: a comment, a trailing comma, single quotes, <c>NaN</c>, leading zeros, a second value.</summary>
    public const string InvalidSyntax = "LMEC020";

    /// <summary>The document is empty or white space only.</summary>
    public const string EmptyDocument = "LMEC021";

    /// <summary>A member occurs twice in one object, also when written with escapes.</summary>
    public const string DuplicateMember = "LMEC022";

    /// <summary>A number is not finite, or its value lies beyond ±(2^53−1), however it is written (<c>9007199254740992</c>, <c>1e20</c>).</summary>
    public const string NumberOutOfRange = "LMEC030";

    /// <summary>The document is not a JSON object.</summary>
    public const string NotAnObject = "LMEC100";

    /// <summary>A member is not defined by the model: an error when reading strictly, a warning when reading leniently.</summary>
    public const string UnknownMember = "LMEC101";

    /// <summary>A required member is missing.</summary>
    public const string MissingMember = "LMEC102";

    /// <summary><c>null</c> stands where a value is required, in a member or a list.</summary>
    public const string NullValue = "LMEC103";

    /// <summary>A value has the wrong JSON type, such as a number where a string is expected.</summary>
    public const string WrongType = "LMEC104";

    /// <summary>A value is not one of the names of a closed set, such as an integer or an undefined name for an enum.</summary>
    public const string InvalidEnumValue = "LMEC105";

    /// <summary>A date is not a real calendar date written <c>yyyy-MM-dd</c>, or, where a member allows reduced precision, <c>yyyy-MM</c> or <c>yyyy</c>.</summary>
    public const string InvalidDate = "LMEC106";

    /// <summary>A timestamp is not an RFC 3339 timestamp with an offset.</summary>
    public const string InvalidTimestamp = "LMEC107";

    /// <summary>A number is not a whole number in the range of its member.</summary>
    public const string InvalidInteger = "LMEC108";

    /// <summary>The document's <c>kind</c> is not the kind that was asked for.</summary>
    public const string KindMismatch = "LMEC109";

    /// <summary>A multilingual text gives one language tag twice, compared without regard to case.</summary>
    public const string DuplicateLanguage = "LMEC110";

    /// <summary>A timestamp of the right form names an instant outside the years 0001 to 9999 in UTC, which no reader of the model can hold.</summary>
    public const string TimestampOutOfRange = "LMEC111";

    /// <summary>A document carries the content of an extension that is not registered: an error in strict reading, a warning in lenient reading; the content is kept.</summary>
    public const string UnknownExtension = "LMEC112";

    /// <summary>The content of a registered extension is not what the extension's schema or type says.</summary>
    public const string InvalidExtension = "LMEC113";

    /// <summary>A time of day is not written <c>HH:mm</c> or <c>HH:mm:ss</c> on the 24-hour clock.</summary>
    public const string InvalidTime = "LMEC114";

    /// <summary>The document could not be read into the model for a reason no other code names.</summary>
    public const string UnreadableDocument = "LMEC199";

    /// <summary>Two entities of a document have the same id.</summary>
    public const string DuplicateId = "LMEC200";

    /// <summary>A reference names an organisation that the document does not declare.</summary>
    public const string UnresolvedOrganisation = "LMEC201";

    /// <summary>A reference names a person that the document does not declare.</summary>
    public const string UnresolvedPerson = "LMEC202";

    /// <summary>An organisation is its own ancestor through its parents.</summary>
    public const string ParentCycle = "LMEC203";

    /// <summary>An event ends before it starts.</summary>
    public const string EventEndsBeforeStart = "LMEC204";

    /// <summary>An event starts after the newsletter issue that reports it was published.</summary>
    public const string EventAfterIssue = "LMEC205";

    /// <summary>A newsletter issue's year is not the year of its publication date.</summary>
    public const string IssueYearMismatch = "LMEC206";

    /// <summary>The ordinals of a list of recommendations do not run 1, 2, 3, … in order.</summary>
    public const string RecommendationOrdinals = "LMEC207";

    /// <summary>A multilingual text has no text in the document's primary language.</summary>
    public const string MissingPrimaryLanguage = "LMEC208";

    /// <summary>A language tag is not a well-formed BCP 47 tag.</summary>
    public const string InvalidLanguageTag = "LMEC209";

    /// <summary>A country code is not an ISO 3166-1 alpha-2 code.</summary>
    public const string InvalidCountryCode = "LMEC210";

    /// <summary>An e-mail address is not valid.</summary>
    public const string InvalidEmail = "LMEC211";

    /// <summary>A telephone or fax number is not in E.164 form.</summary>
    public const string InvalidPhoneNumber = "LMEC212";

    /// <summary>A URL is not absolute or its scheme is not <c>http</c>, <c>https</c> or <c>mailto</c>.</summary>
    public const string InvalidUrl = "LMEC213";

    /// <summary>A text is empty or white space only.</summary>
    public const string BlankText = "LMEC214";

    /// <summary>An id or topic is not an ASCII slug, such as one holding a control or invisible character.</summary>
    public const string InvalidId = "LMEC215";

    /// <summary>A text holds a control, bidirectional-override, zero-width or non-character code point (a warning).</summary>
    public const string SuspiciousCharacter = "LMEC216";

    /// <summary>A plain text holds what looks like HTML markup (a warning; the text is never altered).</summary>
    public const string HtmlInText = "LMEC217";

    /// <summary>The document's <c>schemaVersion</c> is not a version 1 (<c>1.x</c>) this library reads.</summary>
    public const string UnsupportedSchemaVersion = "LMEC218";

    /// <summary>A list of strings, such as ids, topics or country codes, names the same value twice.</summary>
    public const string DuplicateListItem = "LMEC219";

    /// <summary>A string holds more Unicode code points than its member allows (<see cref="Contract.WireMember.MaxLength"/>).</summary>
    public const string ValueTooLong = "LMEC220";

    /// <summary>
    /// A date or timestamp's year is far from the document's own date (a warning): most often a Thai Buddhist Era
    /// year, 543 more than the Gregorian year, such as <c>2566-09-12</c> for <c>2023-09-12</c>.
    /// </summary>
    public const string FarYear = "LMEC221";

    /// <summary>
    /// A date, timestamp, telephone number or number is written with the decimal digits of another script, such as
    /// Thai ๒๕๖๖ or Myanmar ၂၀၁၉, rather than 0–9. Like the codes of the reading layers, it cannot be switched off or
    /// made a warning: such a date or number cannot be read.
    /// </summary>
    public const string NonAsciiDigits = "LMEC222";

    /// <summary>A Burmese text looks like it is in the legacy Zawgyi encoding rather than Unicode (a warning).</summary>
    public const string ZawgyiText = "LMEC223";

    /// <summary>A text is not in Unicode Normalization Form C, such as a Vietnamese letter typed as a base letter and combining marks (a warning).</summary>
    public const string NotNormalized = "LMEC224";

    /// <summary>A reference names a related document (<c>documents</c>) that the document does not declare.</summary>
    public const string UnresolvedDocument = "LMEC225";

    /// <summary>A reference names a project that the document does not declare.</summary>
    public const string UnresolvedProject = "LMEC226";

    /// <summary>A reference names a media object that the document does not declare.</summary>
    public const string UnresolvedMedia = "LMEC227";

    /// <summary>A reference names an event that the document does not hold.</summary>
    public const string UnresolvedEvent = "LMEC228";

    /// <summary>An offset from UTC is not <c>Z</c> or a sign and <c>HH:mm</c> from <c>-14:00</c> to <c>+14:00</c>.</summary>
    public const string InvalidUtcOffset = "LMEC231";

    /// <summary>A duration is not an ISO 8601 duration such as <c>PT3H</c> or <c>P0.5D</c>.</summary>
    public const string InvalidDuration = "LMEC232";
    /// <summary>A person's name has no part: no family name, no given name and no printed form.</summary>
    public const string PersonWithoutName = "LMEC229";

    /// <summary>A speech neither names its speaker (<c>speakerId</c>) nor describes them (<c>speakerDescription</c>).</summary>
    public const string SpeakerNotIdentified = "LMEC230";

    /// <summary>A person's name has both a family name and a given name but does not say in which order they are written.</summary>
    public const string NameOrderMissing = "LMEC235";

    /// <summary>An affiliation names neither a position nor an organisation (<c>organisationId</c> or <c>organisationName</c>).</summary>
    public const string EmptyAffiliation = "LMEC240";

    /// <summary>A speech's date lies outside the days of the event its article reports (a warning).</summary>
    public const string SpeechOutsideEvent = "LMEC241";

    /// <summary>A speech's <c>onBehalfOf</c> names no one: no person, no organisation and no description.</summary>
    public const string EmptyRepresentation = "LMEC242";

    /// <summary>A session's date lies outside the days of its event (a warning).</summary>
    public const string SessionOutsideEvent = "LMEC243";

    /// <summary>A day an event was held on lies outside its start and end dates, or the days are not in increasing order.</summary>
    public const string EventDaysOutOfRange = "LMEC233";

    /// <summary>An event's related event (<c>relatedEvents</c>) names no other event: neither the id of another event of the document (<c>eventId</c>) nor a name.</summary>
    public const string RelatedEventNotIdentified = "LMEC250";

    /// <summary>A person's role in an event names neither a person nor describes who held it.</summary>
    public const string PersonRoleNotIdentified = "LMEC251";

    /// <summary>An article's <c>publishedAt</c>, read at its own offset, falls on another day than its <c>datePublished</c>.</summary>
    public const string PublicationTimeMismatch = "LMEC234";

    /// <summary>
    /// A translation of an article's texts names a language as translated from itself, or a language that no text of
    /// the document is written in.
    /// </summary>
    public const string InvalidTranslation = "LMEC236";

    /// <summary>A contributor to an article has neither a <c>personId</c> nor a <c>name</c>.</summary>
    public const string ContributorNotIdentified = "LMEC255";

    /// <summary>A structure check added through <see cref="IStructureValidator"/> failed with an exception.</summary>
    public const string StructureValidatorFailed = "LMEC900";

    /// <summary>A rule failed with an exception.</summary>
    public const string RuleFailed = "LMEC901";

    /// <summary>Reading the document failed in an unexpected way.</summary>
    public const string InternalError = "LMEC902";

    /// <summary>Gets every code above, such as <c>LMEC216</c>: what a tool can check a code it is given against.</summary>
    public static IReadOnlySet<string> All { get; } =
        typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(static field => field.IsLiteral)
            .Select(static field => (string)field.GetRawConstantValue()!)
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Tells whether a code decides whether a document can be read at all — the codes of the reading layers
    /// (<c>LMEC0xx</c>, <c>LMEC1xx</c>, <c>LMEC9xx</c>) and <see cref="NonAsciiDigits"/>, which stands in for
    /// <see cref="InvalidDate"/>, <see cref="InvalidTimestamp"/> and <see cref="InvalidSyntax"/> — so that its severity
    /// cannot be changed nor the code switched off.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> for a reading code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public static bool IsReadingCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code == NonAsciiDigits || (code.Length == 7 && code.StartsWith("LMEC", StringComparison.Ordinal) && code[4] is '0' or '1' or '9');
    }
}
