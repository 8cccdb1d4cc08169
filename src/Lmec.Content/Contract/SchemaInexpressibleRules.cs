using Lmec.Content.Validation;

namespace Lmec.Content.Contract;

/// <summary>
/// The rules of the wire format that no JSON Schema can state, by the code of their findings: the one list of what
/// the typed validation checks beyond the published schemas. On every other fault the typed path and any validator
/// of the schemas give the same verdict, which a differential test holds them to.
/// <c>docs/validation-rules.md</c> and <c>docs/integrators.md</c> list the same rules.
/// </summary>
public static class SchemaInexpressibleRules
{
    /// <summary>Gets every such rule: its code, and why a schema cannot state it.</summary>
    public static IReadOnlyDictionary<string, string> Codes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ValidationCodes.DuplicateLanguage] = "a language given twice in one text, its tags differing only in case: JSON Schema compares member names exactly, BCP 47 tags are compared without regard to case",
        [ValidationCodes.UnknownExtension] = "an extension's content is under a URI registered where the document is validated: the published schemas accept any extension, as each deployment registers its own",
        [ValidationCodes.InvalidExtension] = "an extension's content is what the extension's schema or type says: a schema registered at run time, which the published schemas cannot name",
        [ValidationCodes.TimestampOutOfRange] = "a timestamp whose instant lies outside the years 0001 to 9999 in UTC (as 0001-01-01T00:30:00+01:00 does): a pattern sees the local time and offset, not the instant they make",
        [ValidationCodes.DuplicateId] = "ids unique across a document: uniqueItems compares whole items, not one member of them",
        [ValidationCodes.UnresolvedOrganisation] = "a reference resolves to a declared organisation: a value compared with values elsewhere",
        [ValidationCodes.UnresolvedPerson] = "a reference resolves to a declared person: a value compared with values elsewhere",
        [ValidationCodes.ParentCycle] = "no organisation is its own ancestor: a walk over references",
        [ValidationCodes.EventEndsBeforeStart] = "an event's end is not before its start: two values compared",
        [ValidationCodes.EventAfterIssue] = "an event starts no later than the issue reporting it: two values compared",
        [ValidationCodes.IssueYearMismatch] = "an issue's year is its publication date's year: two values compared",
        [ValidationCodes.RecommendationOrdinals] = "recommendations numbered 1, 2, 3 in order: values compared with their positions",
        [ValidationCodes.MissingPrimaryLanguage] = "every text has the document's language: a key named by a value elsewhere",
        [ValidationCodes.UnresolvedDocument] = "a reference resolves to a declared document: a value compared with values elsewhere",
        [ValidationCodes.UnresolvedProject] = "a reference resolves to a declared project: a value compared with values elsewhere",
        [ValidationCodes.UnresolvedMedia] = "a reference resolves to a declared media object: a value compared with values elsewhere",
        [ValidationCodes.UnresolvedEvent] = "a reference resolves to an event of the document: a value compared with values elsewhere",
        [ValidationCodes.PersonWithoutName] = "a name has a family name, a given name or a printed form: members required in the alternative, which the published schemas, stating what each member is, leave to the typed validation and its code",
        [ValidationCodes.SpeakerNotIdentified] = "a speech names or describes its speaker: members required in the alternative, as for LMEC229",
        [ValidationCodes.NameOrderMissing] = "a name of two parts has an order: a member required when two others are given, as for LMEC229",
        [ValidationCodes.EmptyAffiliation] = "an affiliation names a position or an organisation: members required in the alternative, as for LMEC229",
        [ValidationCodes.EmptyRepresentation] = "onBehalfOf names someone: members required in the alternative, as for LMEC229",
        [ValidationCodes.EventDaysOutOfRange] = "the days an event was held on lie within its start and end dates, in increasing order: values compared with values elsewhere and with each other",
        [ValidationCodes.RelatedEventNotIdentified] = "a related event refers to another event or names it: members required in the alternative, and a value compared with a value elsewhere",
        [ValidationCodes.PersonRoleNotIdentified] = "a person's role in an event names or describes the person: members required in the alternative, which the published schemas, stating what each member is, leave to the typed validation and its code",
        [ValidationCodes.PublicationTimeMismatch] = "an article's publishedAt falls, at its own offset, on its datePublished: two values compared",
        [ValidationCodes.ContributorNotIdentified] = "a contributor has a personId or a name: a choice of members, which the schemas' one fact per member does not state (anyOf could, once the contract states such choices for every entity that has one)",
        [ValidationCodes.InvalidTranslation] = "a translation's language differs from the language it was translated from, and the document's texts are written in it: values compared without regard to case, and with keys of texts elsewhere",
    };
}
