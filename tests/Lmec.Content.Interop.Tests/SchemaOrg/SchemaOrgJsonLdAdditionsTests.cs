using System.Text.Json.Nodes;
using Lmec.Content.Interop.SchemaOrg;
using Lmec.Content.Model;

namespace Lmec.Content.Interop.Tests.SchemaOrg;

/// <summary>What the JSON-LD export carries of the model's additions of issue 15, on the event report example and on small documents.</summary>
public class SchemaOrgJsonLdAdditionsTests
{
    private const string EventReport = "event-report-lao-workshop-2024.json";

    [Fact]
    public void Export_EventReport_CarriesTheArticlesAddresses_TimestampContributorsSourceAndTranslation()
    {
        var article = Graph(Examples.Read(EventReport))[0]!;

        Assert.Equal("https://kpl.gov.la/detail.aspx?id=84215", (string?)article["url"]);
        Assert.Equal(["https://kpl.gov.la/En/detail.aspx?id=84216"], Strings(article["sameAs"]));
        Assert.Equal("2024-12-06T16:20:00+07:00", (string?)article["datePublished"]);
        var reporter = article["author"]![0]!;
        Assert.Equal(("Role", "reporter", "Person", "ວັນນະສອນ"), ((string?)reporter["@type"], (string?)reporter["roleName"], (string?)reporter["author"]!["@type"], (string?)reporter["author"]!["name"]));
        var photographer = article["contributor"]![0]!;
        Assert.Equal(("photographer", "#person-souksavanh-phommachanh"), ((string?)photographer["roleName"], (string?)photographer["contributor"]!["@id"]));
        Assert.Equal("ວຽງຈັນ, 6 ທັນວາ 2024 (ຂປລ)", (string?)article["dateline"]);
        var original = article["isBasedOn"]!;
        Assert.Equal(("#organisation-kpl", "ສຳນັກຂ່າວສານປະເທດລາວ (ຂປລ)"), ((string?)original["publisher"]!["@id"], (string?)original["sourceOrganization"]!["name"]));
        var translation = article["workTranslation"]![0]!;
        Assert.Equal(("en", "#person-phetsamone-keomany"), ((string?)translation["inLanguage"], (string?)translation["translator"]![0]!["@id"]));
        Assert.Equal(["#media-photo-opening", "#media-photo-participants"], Ids(article["associatedMedia"]));
    }

    [Fact]
    public void Export_EventReport_CarriesTheEventsTimesAliasesPlacesPlatformsRolesSessionAndMedia()
    {
        var happening = Graph(Examples.Read(EventReport))[0]!["about"]!;

        Assert.Equal("2024-12-04T08:30:00+07:00", (string?)happening["startDate"]);
        Assert.Equal("2024-12-06T16:30:00+07:00", (string?)happening["endDate"]);
        Assert.Contains("CRWM 2024", Strings(happening["alternateName"]));
        var locations = happening["location"]!.AsArray();
        Assert.Equal("ນະຄອນຫຼວງວຽງຈັນ", (string?)locations[0]!["address"]!["addressRegion"]);
        Assert.Equal(
            [("VirtualLocation", "https://us02web.zoom.us/j/84512903377"), ("VirtualLocation", "https://www.facebook.com/monre.lao/live")],
            locations.Skip(1).Select(static location => ((string?)location!["@type"], (string?)location["url"])));
        Assert.Equal(["CRWM"], Strings(happening["superEvent"]![0]!["alternateName"]));
        Assert.Equal("coHostedBy", (string?)happening["organizer"]![1]!["roleName"]);
        Assert.Equal(["#organisation-lmc-special-fund"], Ids(happening["funder"]));
        var performers = happening["performer"]!.AsArray();
        Assert.Contains(performers, static role => (string?)role!["roleName"] == "chair" && (string?)role["performer"]!["@id"] == "#person-khamphet-sysouvanh");
        Assert.Contains(performers, static role => (string?)role!["roleName"] == "moderator" && (string?)role["performer"]!["name"] == "ຜູ້ຕາງໜ້າ ກອງເລຂາຄະນະກຳມາທິການແມ່ນ້ຳຂອງ");
        Assert.Contains(performers, static role => (string?)role!["roleName"] == "presentation" && (string?)role["performer"]!["name"] == "ຜູ້ຕາງໜ້າ ຄະນະກຳມະການແມ່ນ້ຳຂອງແຫ່ງຊາດ ກຳປູເຈຍ");
        Assert.Contains(happening["attendee"]!.AsArray(), static role => (string?)role!["roleName"] == "headOfDelegation" && (string?)role["attendee"]!["@id"] == "#person-kyaw-zin");
        var session = happening["subEvent"]![0]!;
        Assert.Equal(("2024-12-06T09:00:00+07:00", "2024-12-06T11:30:00+07:00"), ((string?)session["startDate"], (string?)session["endDate"]));
        Assert.Equal("ຫ້ອງປະຊຸມ 2, ໂຮງແຮມລ້ານຊ້າງ ຣິເວີໄຊ", (string?)session["location"]![0]!["name"]);
        Assert.Equal(["#organisation-mrcs", "#organisation-cnmc", "#organisation-onwr-th"], Ids(session["attendee"]));
        Assert.Equal(["#media-photo-participants", "#media-video-opening-session", "#media-photo-opening"], Ids(happening["recordedIn"]));
    }

    [Fact]
    public void Export_EventReport_DescribesPeopleMediaProjectsAndDocuments()
    {
        var nodes = Graph(Examples.Read(EventReport)).ToDictionary(static node => (string?)node!["@id"] ?? "", static node => node!);

        var chen = nodes["#person-chen-jianguo"];
        Assert.Equal(("陈建国", "ທ່ານ"), ((string?)chen["name"], (string?)chen["honorificPrefix"]));
        Assert.Equal("素拉蓬·坎塔翁", (string?)nodes["#person-surapong-kanthawong"]["alternateName"]![0]!["@value"]);
        var former = nodes["#person-surapong-kanthawong"]["affiliation"]![1]!;
        Assert.Equal(("2016-03", "2020-09", "#organisation-mrcs"), ((string?)former["startDate"], (string?)former["endDate"], (string?)former["affiliation"]!["@id"]));
        Assert.Equal(["ເອກອັກຄະລັດຖະທູດ ມຽນມາ ປະຈຳ ສປປ ລາວ"], Strings(nodes["#person-kyaw-zin"]["jobTitle"]));

        var photo = nodes["#media-photo-participants"];
        Assert.Equal("ImageObject", (string?)photo["@type"]);
        Assert.Equal("https://kpl.gov.la/media/2024/12/06/workshop-participants.jpg", (string?)photo["contentUrl"]);
        Assert.Equal("ຜູ້ເຂົ້າຮ່ວມກອງປະຊຸມ ຖ່າຍຮູບເປັນທີ່ລະນຶກ.", (string?)photo["caption"]);
        Assert.Equal("ປະມານ 100 ຄົນ ຢືນເປັນສາມແຖວ ຢູ່ໜ້າໂຮງແຮມ.", (string?)photo["description"]);
        Assert.Equal("ສຸກສະຫວັນ ພົມມະຈັນ / ຂປລ", (string?)photo["creditText"]);
        Assert.Equal("#person-souksavanh-phommachanh", (string?)photo["creator"]!["@id"]);
        Assert.Equal(("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"), ((string?)photo["license"]!["name"], (string?)photo["license"]!["url"]));
        Assert.Equal((2048, 1365, "E37"), ((int?)photo["width"]!["value"], (int?)photo["height"]!["value"], (string?)photo["width"]!["unitCode"]));
        Assert.Equal("VideoObject", (string?)nodes["#media-video-opening-session"]["@type"]);

        var project = nodes["#project-lmc-climate-resilient-water"];
        Assert.Equal(("Project", "2023", "2025"), ((string?)project["@type"], (string?)project["foundingDate"], (string?)project["dissolutionDate"]));
        Assert.Equal(["#organisation-lmc-special-fund"], Ids(project["funder"]));
        Assert.Equal(("implementer", "#organisation-monre-la"), ((string?)project["member"]![0]!["roleName"], (string?)project["member"]![0]!["member"]!["@id"]));
        Assert.Equal(["#event-climate-resilient-water-workshop-2024", "#article-kpl-climate-resilient-water-workshop-2024"], Ids(project["subjectOf"]));

        var plan = nodes["#document-vientiane-action-plan-2025-2027"];
        Assert.Equal(("CreativeWork", "actionPlan", "2024-12-06"), ((string?)plan["@type"], (string?)plan["genre"], (string?)plan["datePublished"]));
        Assert.Equal(["#organisation-monre-la", "#organisation-lmc-wrcc"], Ids(plan["publisher"]));
    }

    [Fact]
    public void ExportArticle_CitedDocumentsModificationEditorsAndTranslatedTexts_AreCarried()
    {
        var document = Document(new Article
        {
            Id = "a",
            Headline = new LocalizedText("en", "H"),
            ModifiedAt = new DateTimeOffset(2024, 12, 7, 9, 0, 0, TimeSpan.FromHours(7)),
            Contributors = [new Contributor { Role = ContributorRole.Editor, Name = new LocalizedText("en", "Desk editor") }],
            Translations = [new TextTranslation { Language = "en", From = "lo", TranslatorName = new LocalizedText("en", "A. Translator") }],
            DocumentIds = ["plan", "undeclared"],
        }) with
        {
            Documents = [new RelatedDocument { Id = "plan", Title = new LocalizedText("en", "Plan"), Date = new PartialDate(2024) }],
        };

        var article = Graph(document, alone: true)[0]!;

        Assert.Equal("2024-12-07T09:00:00+07:00", (string?)article["dateModified"]);
        Assert.Equal(("Person", "Desk editor"), ((string?)article["editor"]![0]!["@type"], (string?)article["editor"]![0]!["name"]));
        Assert.Equal("A. Translator", (string?)article["translator"]![0]!["name"]);
        Assert.Equal("lo", (string?)article["translationOfWork"]![0]!["inLanguage"]);
        Assert.Equal(["#document-plan"], Ids(article["citation"]));
    }

    [Fact]
    public void Export_AffiliationWithAPrintedOrganisation_IsAnOrganizationRoleWithThatName()
    {
        var document = Document(new Article { Id = "a", Headline = new LocalizedText("en", "H"), AuthorIds = ["p"] }) with
        {
            People =
            [
                new Person
                {
                    Id = "p",
                    Name = new PersonName { GivenName = new LocalizedText("en", "Somchai") },
                    HonorificSuffix = new LocalizedText("en", "PhD"),
                    Affiliations = [new Affiliation { OrganisationName = new LocalizedText("en", "Ministry of Energy"), Position = new LocalizedText("en", "Minister"), Former = true }],
                },
            ],
        };

        var person = Graph(document).Single(static node => (string?)node!["@id"] == "#person-p")!;

        Assert.Equal("PhD", (string?)person["honorificSuffix"]);
        var role = person["affiliation"]![0]!;
        Assert.Equal(("OrganizationRole", "Minister", "Organization", "Ministry of Energy"), ((string?)role["@type"], (string?)role["roleName"], (string?)role["affiliation"]!["@type"], (string?)role["affiliation"]!["name"]));
        Assert.Null(person["jobTitle"]);
    }

    [Fact]
    public void ExportEvent_DurationAndOneDayEndTime_AreCarried()
    {
        var happening = new Event
        {
            Id = "e",
            Kind = EventKind.Meeting,
            StartDate = new DateOnly(2024, 3, 1),
            StartTime = new TimeOnly(14, 0),
            EndTime = new TimeOnly(17, 0),
            Duration = "PT3H",
            Location = new Place { Name = new LocalizedText("en", "Hall"), Url = "https://example.org/hall" },
        };

        var node = EventNode(happening);

        Assert.Equal(("2024-03-01T14:00:00", "2024-03-01T17:00:00", "PT3H"), ((string?)node["startDate"], (string?)node["endDate"], (string?)node["duration"]));
        Assert.Equal("https://example.org/hall", (string?)node["location"]![0]!["url"]);
        Assert.Null(node["name"]);
    }

    [Fact]
    public void Export_EventReport_FeaturesTheAdoptedDocumentsAsRoles()
    {
        var happening = Graph(Examples.Read(EventReport))[0]!["about"]!;

        Assert.Equal(
            [("Role", "adopted", "#document-vientiane-action-plan-2025-2027"), ("Role", "adopted", "#document-workshop-joint-statement-2024")],
            happening["workFeatured"]!.AsArray().Select(static role => ((string?)role!["@type"], (string?)role["roleName"], (string?)role["workFeatured"]!["@id"])));
    }

    [Fact]
    public void ExportEvent_SideEventsAndWholes_AreSuperAndSubEvents_OtherRelationsAreNotCarried()
    {
        var happening = new Event
        {
            Id = "e",
            Kind = EventKind.Workshop,
            StartDate = new DateOnly(2024, 3, 1),
            Series = [new EventSeries { Name = new LocalizedText("en", "Water week") }],
            RelatedEvents =
            [
                new EventRelation { Relation = EventRelationKind.SideEventOf, Name = new LocalizedText("en", "Forum"), Kind = EventKind.Forum, StartDate = new PartialDate(2024, 3), Url = "https://example.org/forum" },
                new EventRelation { Relation = EventRelationKind.HasSideEvent, EventId = "exhibition" },
                new EventRelation { Relation = EventRelationKind.PreparedBy, Name = new LocalizedText("en", "Preparatory meeting") },
            ],
        };

        var node = EventNode(happening);

        var wholes = node["superEvent"]!.AsArray();
        Assert.Equal(["EventSeries", "Event"], wholes.Select(static whole => (string?)whole!["@type"]));
        Assert.Equal(("Forum", "2024-03", "https://example.org/forum"), ((string?)wholes[1]!["name"], (string?)wholes[1]!["startDate"], (string?)wholes[1]!["url"]));
        Assert.Equal(["#event-exhibition"], Ids(node["subEvent"]));
        Assert.DoesNotContain("Preparatory meeting", node.ToJsonString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Check_Durations_AreAcceptedOnlyInIso8601Form()
    {
        ReferenceFiles.Require(ReferenceFiles.SchemaOrgVocabulary);

        static IReadOnlyList<string> Check(string duration) =>
            JsonLdVocabularyCheck.Check(SchemaOrgVocabulary.Current, $$"""{"@context": "https://schema.org", "@graph": [{"@type": "Event", "duration": "{{duration}}"}]}""");

        Assert.Empty(Check("PT3H"));
        Assert.Empty(Check("P0.5D"));
        Assert.Single(Check("three hours"));
        Assert.Single(Check("P"));
    }

    private static JsonNode EventNode(Event happening) =>
        JsonNode.Parse(SchemaOrgJsonLd.ExportEvent(Document(new Article { Id = "a", Headline = new LocalizedText("en", "H") }), happening))!["@graph"]![0]!;

    private static ArticleDocument Document(Article article) => new() { Language = "en", Article = article };

    private static JsonArray Graph(ContentDocument document, bool alone = false) =>
        JsonNode.Parse(alone && document is ArticleDocument submission ? SchemaOrgJsonLd.ExportArticle(document, submission.Article) : SchemaOrgJsonLd.Export(document))!["@graph"]!.AsArray();

    private static IEnumerable<string?> Strings(JsonNode? array) => array!.AsArray().Select(static item => (string?)item);

    private static IEnumerable<string?> Ids(JsonNode? array) => array!.AsArray().Select(static item => (string?)item!["@id"]);
}
