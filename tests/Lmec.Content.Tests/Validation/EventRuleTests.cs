using System.Text.Json.Nodes;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation;

/// <summary>
/// The rules on the members of events that real reports need: the days an event was held on (LMEC233), people's
/// roles (LMEC251), related events (LMEC250), the event's documents and counts of people.
/// </summary>
public class EventRuleTests
{
    private const string Event = "/articles/0/event";

    [Theory]
    [InlineData(new[] { "2023-04-25", "2023-04-27" }, null)]
    [InlineData(new[] { "2023-04-26" }, null)]
    [InlineData(new[] { "2023-04-24", "2023-04-25" }, 0)]
    [InlineData(new[] { "2023-04-25", "2023-04-28" }, 1)]
    [InlineData(new[] { "2023-04-27", "2023-04-25" }, 1)]
    [InlineData(new[] { "2023-04-25", "2023-04-25" }, 1)]
    public void Validate_EventDays_LieWithinTheEventInIncreasingOrder(string[] days, int? wrong)
    {
        var report = Validator().Validate(WithDays("2023-04-27", days));

        var findings = report.Errors.Where(error => error.Code == ValidationCodes.EventDaysOutOfRange).Select(error => error.Path);
        Assert.Equal(wrong is { } index ? [$"{Event}/days/{index}"] : [], findings);
    }

    [Fact]
    public void Validate_EventOfOneDay_HeldOnAnotherDay_IsOutsideItsStartDate()
    {
        var error = Single(Validator().Validate(WithDays(null, ["2023-04-26"])), ValidationCodes.EventDaysOutOfRange);

        Assert.Equal($"{Event}/days/0", error.Path);
        Assert.Equal("The day 2023-04-26 lies outside the event's dates, 2023-04-25 to 2023-04-25; correct the day, or the event's start or end date.", error.Message);
    }

    [Fact]
    public void Validate_EventDaysOutOfOrder_SaysWhichDayComesFirst()
    {
        var error = Single(Validator().Validate(WithDays("2023-04-27", ["2023-04-27", "2023-04-26"])), ValidationCodes.EventDaysOutOfRange);

        Assert.Equal("The day 2023-04-26 does not come after the day before it, 2023-04-27; list the days the event was held on once each, in increasing order.", error.Message);
    }

    [Fact]
    public void Validate_EventEndingBeforeItStarts_IsNotReportedAgainForItsDays()
    {
        var report = Validator().Validate(WithDays("2023-04-20", ["2023-04-22"]));

        Has(report, ValidationCodes.EventEndsBeforeStart, $"{Event}/endDate");
        Lacks(report, ValidationCodes.EventDaysOutOfRange);
    }

    [Theory]
    [InlineData("""{ "role": "chair", "personId": "liu-qing" }""", false)]
    [InlineData("""{ "role": "headOfDelegation", "description": { "en": "Myanmar's Ambassador to China" }, "countryCode": "MM" }""", false)]
    [InlineData("""{ "role": "coChair", "countryCode": "LA" }""", true)]
    public void Validate_PersonRole_NamesOrDescribesThePerson(string role, bool fires)
    {
        var report = Validator().Validate(WithPersonRoles(role));

        Assert.Equal(fires, report.Errors.Any(error => error.Code == ValidationCodes.PersonRoleNotIdentified && error.Path == $"{Event}/personRoles/0"));
    }

    [Fact]
    public void Validate_PersonRoleOfAnUndeclaredPerson_IsUnresolved() =>
        Has(Validator().Validate(WithPersonRoles("""{ "role": "moderator", "personId": "nobody" }""")), ValidationCodes.UnresolvedPerson, $"{Event}/personRoles/0/personId");

    [Theory]
    [InlineData("""{ "relation": "sideEventOf", "name": { "en": "Lancang-Mekong Water Resources Cooperation Forum" } }""", false)]
    [InlineData("""{ "relation": "heldWith", "kind": "exhibition", "startDate": "2023-04" }""", true)]
    [InlineData("""{ "relation": "related", "eventId": "symposium-2023-04-25" }""", true)]
    public void Validate_RelatedEvent_NamesOrRefersToAnotherEvent(string relation, bool fires)
    {
        var report = Validator().Validate(WithEventList("relatedEvents", relation));

        Assert.Equal(fires, report.Errors.Any(error => error.Code == ValidationCodes.RelatedEventNotIdentified && error.Path == $"{Event}/relatedEvents/0"));
        Assert.Equal(fires, !report.IsValid);
    }

    [Fact]
    public void Validate_RelatedEventNotInTheDocument_IsUnresolved()
    {
        var report = Validator().Validate(WithEventList("relatedEvents", """{ "relation": "preparedBy", "eventId": "preparatory-meeting-2023" }"""));

        Has(report, ValidationCodes.UnresolvedEvent, $"{Event}/relatedEvents/0/eventId");
        Lacks(report, ValidationCodes.RelatedEventNotIdentified);
    }

    [Fact]
    public void Validate_RelatedEventOfAnotherArticle_ResolvesAndReadsBack()
    {
        var json = Edit(WithEventList("relatedEvents", """{ "relation": "hasSideEvent", "eventId": "exhibition-2023-04-25" }"""), root =>
            root["articles"]!.AsArray().Add(JsonNode.Parse("""
                {
                  "id": "exhibition-report",
                  "headline": { "en": "An exhibition of water-monitoring technology" },
                  "event": { "id": "exhibition-2023-04-25", "kind": "exhibition", "startDate": "2023-04-25",
                             "relatedEvents": [{ "relation": "sideEventOf", "eventId": "symposium-2023-04-25" }] }
                }
                """)));

        var report = Validator().Validate(json);

        Assert.True(report.IsValid, string.Join("; ", report.Errors));
        var related = Assert.Single(ContentJson.Deserialize<NewsletterIssue>(json).Articles[0].Event!.RelatedEvents);
        Assert.Equal(new EventRelation { Relation = EventRelationKind.HasSideEvent, EventId = "exhibition-2023-04-25" }, related);
    }

    [Fact]
    public void Validate_RelatedEventNamedInAnotherLanguage_IsAProperName()
    {
        var report = Validator().Validate(WithEventList("relatedEvents", """{ "relation": "partOf", "name": { "th": "สัปดาห์ความร่วมมือแม่โขง-ล้านช้าง" } }"""));

        Assert.True(report.IsValid, string.Join("; ", report.Errors));
    }

    [Fact]
    public void Validate_EventDocument_ResolvesToADeclaredDocument()
    {
        var undeclared = Validator().Validate(WithEventList("documents", """{ "documentId": "joint-statement-2023", "relation": "adopted" }"""));
        var declared = Validator().Validate(Edit(WithEventList("documents", """{ "documentId": "joint-statement-2023", "relation": "adopted" }"""), root =>
            root["documents"] = JsonNode.Parse("""[{ "id": "joint-statement-2023", "kind": "jointStatement", "title": { "en": "Joint Statement" } }]""")));

        Has(undeclared, ValidationCodes.UnresolvedDocument, $"{Event}/documents/0/documentId");
        Assert.True(declared.IsValid, string.Join("; ", declared.Errors));
    }

    [Fact]
    public void Validate_EventDocumentWithoutRelation_IsMissingAMember() =>
        Assert.Contains(
            Validator().Validate(WithEventList("documents", """{ "documentId": "joint-statement-2023" }""")).Errors,
            error => error.Code == ValidationCodes.MissingMember && error.Path == $"{Event}/documents/0/relation");

    [Theory]
    [InlineData("participantCount")]
    [InlineData("viewerCount")]
    public void Validate_CountOfZero_IsOutOfRange(string member) =>
        Has(Validator().Validate(Edit(Newsletter, root => root["articles"]![0]!["event"]![member] = JsonNode.Parse("""{ "value": 0 }"""))), ValidationCodes.InvalidInteger, $"{Event}/{member}/value");

    [Fact]
    public void Validate_CountWithAnUnknownApproximation_IsRejected() =>
        Has(
            Validator().Validate(Edit(Newsletter, root => root["articles"]![0]!["event"]!["viewerCount"] = JsonNode.Parse("""{ "value": 300, "approximation": "over" }"""))),
            ValidationCodes.InvalidEnumValue,
            $"{Event}/viewerCount/approximation");

    [Fact]
    public void Read_Counts_KeepTheApproximationBesideTheNumber()
    {
        var json = Edit(Newsletter, root =>
        {
            var happening = root["articles"]![0]!["event"]!;
            happening["participantCount"] = JsonNode.Parse("""{ "value": 50, "approximation": "moreThan" }""");
            happening["participantGroups"]![0]!["count"] = JsonNode.Parse("""{ "value": 12 }""");
        });

        var happening = ContentJson.Deserialize<NewsletterIssue>(json).Articles[0].Event!;

        Assert.True(Validator().Validate(json).IsValid);
        Assert.Equal(new Count { Value = 50, Approximation = CountApproximation.MoreThan }, happening.ParticipantCount);
        Assert.Equal(new Count { Value = 12 }, happening.ParticipantGroups[0].Count);
        Assert.Null(happening.ViewerCount);
    }

    [Fact]
    public void Validate_EventWithoutAName_IsValid()
    {
        var json = Edit(Newsletter, root => root["articles"]![0]!["event"]!.AsObject().Remove("name"));

        Assert.True(Validator().Validate(json).IsValid);
        Assert.Null(ContentJson.Deserialize<NewsletterIssue>(json).Articles[0].Event!.Name);
    }

    [Fact]
    public void Validate_EditionZero_IsOutOfRange() =>
        Has(Validator().Validate(Edit(Newsletter, root => root["articles"]![0]!["event"]!["edition"] = 0)), ValidationCodes.InvalidInteger, $"{Event}/edition");

    [Fact]
    public void Event_WithoutNewMembers_HoldsTheSharedEmptyLists()
    {
        var happening = new Event { Id = "e", Kind = EventKind.Meeting, StartDate = new DateOnly(2023, 12, 5) };

        Assert.Same(new Event { Id = "f", Kind = EventKind.Summit, StartDate = new DateOnly(2023, 12, 6) }.Days, happening.Days);
        Assert.Same(ContentJson.Deserialize<NewsletterIssue>(Newsletter).Articles[0].Event!.PersonRoles, happening.PersonRoles);
    }

    private static string WithDays(string? endDate, string[] days) => Edit(Newsletter, root =>
    {
        var happening = root["articles"]![0]!["event"]!;
        if (endDate is not null)
        {
            happening["endDate"] = endDate;
        }

        happening["days"] = new JsonArray([.. days.Select(day => JsonValue.Create(day))]);
    });

    private static string WithEventList(string list, string item) =>
        Edit(Newsletter, root => root["articles"]![0]!["event"]![list] = new JsonArray(JsonNode.Parse(item)));

    private static string WithPersonRoles(string role) =>
        Edit(Newsletter, root => root["articles"]![0]!["event"]!["personRoles"] = new JsonArray(JsonNode.Parse(role)));
}
