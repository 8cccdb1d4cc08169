using System.Text.Json.Nodes;
using Lmec.Content.Interop.Ninjs;
using Lmec.Content.Model;

namespace Lmec.Content.Interop.Tests.Ninjs;

/// <summary>What the ninjs export carries of the model's additions of issue 15, on the event report example and on small documents.</summary>
public class NinjsExportAdditionsTests
{
    private static readonly JsonNode Item = JsonNode.Parse(NinjsExport.Export(Examples.Read("event-report-lao-workshop-2024.json")))!;

    [Fact]
    public void Export_EventReport_CarriesTheArticlesAddressesTimestampsDatelineSourceAndObjects()
    {
        Assert.Equal(
            [("url", "https://kpl.gov.la/detail.aspx?id=84215"), ("alternativeUrl", "https://kpl.gov.la/En/detail.aspx?id=84216")],
            Item["altIds"]!.AsArray().Select(static id => ((string?)id!["role"], (string?)id["value"])));
        Assert.Equal(("2024-12-06T16:20:00+07:00", "2024-12-06T17:05:00+07:00"), ((string?)Item["firstCreated"], (string?)Item["versionCreated"]));
        Assert.Equal("ວັນນະສອນ", (string?)Item["by"]);
        Assert.Contains(Item["descriptions"]!.AsArray(), static text => (string?)text!["role"] == "dateline" && (string?)text["value"] == "ວຽງຈັນ, 6 ທັນວາ 2024 (ຂປລ)");
        Assert.Contains(Item["infoSources"]!.AsArray(), static source => (string?)source!["role"] == "originalPublisher" && (string?)source["literal"] == "kpl");
        Assert.Contains(Item["infoSources"]!.AsArray(), static source => (string?)source!["role"] == "agency" && (string?)source["name"] == "ສຳນັກຂ່າວສານປະເທດລາວ (ຂປລ)");
        Assert.Equal(("project", "urn:lmec:project:lmc-climate-resilient-water"), ((string?)Item["objects"]![0]!["rel"], (string?)Item["objects"]![0]!["uri"]));
    }

    [Fact]
    public void Export_EventReport_NamesContributorsAndDescribedSpeakers()
    {
        var people = Item["people"]!.AsArray().Select(static person => ((string?)person!["name"], (string?)person["rel"], (string?)person["literal"])).ToList();

        Assert.Contains(("ວັນນະສອນ", "reporter", null), people);
        Assert.Contains(("ສຸກສະຫວັນ ພົມມະຈັນ", "photographer", "souksavanh-phommachanh"), people);
        Assert.Contains(("ເພັດສະໝອນ ແກ້ວມະນີ", "translator", "phetsamone-keomany"), people);
        Assert.Contains(("ຜູ້ຕາງໜ້າ ຄະນະກຳມະການແມ່ນ້ຳຂອງແຫ່ງຊາດ ກຳປູເຈຍ", "speaker:presentation", null), people);
        Assert.Contains(("王立峰", "deliveredBy", "wang-lifeng"), people);
        Assert.Contains(("陈建国", "speaker:congratulatory", "chen-jianguo"), people);
    }

    [Fact]
    public void Export_EventReport_CarriesTheEventsTimesAimsRolesPlacesPlatformsAndSession()
    {
        var happening = Item["associations"]![0]!;
        var dates = happening["eventDetails"]!["dates"]!;

        Assert.Equal(("2024-12-04T08:30:00+07:00", "2024-12-06T16:30:00+07:00"), ((string?)dates["expectedStartDate"], (string?)dates["expectedEndDate"]));
        Assert.Equal(2, happening["descriptions"]!.AsArray().Count(static text => (string?)text!["role"] == "aim"));
        var people = happening["people"]!.AsArray().Select(static person => ((string?)person!["name"], (string?)person["rel"])).ToList();
        Assert.Contains(("ຄຳເພັດ ສີສຸວັນ", "chair"), people);
        Assert.Contains(("ຜູ້ຕາງໜ້າ ກອງເລຂາຄະນະກຳມາທິການແມ່ນ້ຳຂອງ", "moderator"), people);
        var places = happening["places"]!.AsArray();
        Assert.Equal("ນະຄອນຫຼວງວຽງຈັນ", (string?)places[0]!["contactInfo"]![0]!["address"]!["area"]);
        Assert.Equal(
            [("zoom", "onlineLocation", "https://us02web.zoom.us/j/84512903377"), ("facebookLive", "onlineLocation", "https://www.facebook.com/monre.lao/live")],
            places.Skip(1).Select(static place => ((string?)place!["name"], (string?)place["rel"], (string?)place["contactInfo"]![0]!["value"])));
        var session = happening["associations"]![0]!;
        Assert.Equal("2024-12-06T09:00:00+07:00", (string?)session["eventDetails"]!["dates"]!["expectedStartDate"]);
        Assert.Equal(("ຜູ້ຕາງໜ້າ ຄະນະກຳມະການແມ່ນ້ຳຂອງແຫ່ງຊາດ ກຳປູເຈຍ", "speaker"), ((string?)session["people"]![0]!["name"], (string?)session["people"]![0]!["rel"]));
        Assert.Equal(["mrcs", "cnmc", "onwr-th"], session["organisations"]!.AsArray().Select(static organisation => (string?)organisation!["literal"]));
        Assert.Equal("ຫ້ອງປະຊຸມ 2, ໂຮງແຮມລ້ານຊ້າງ ຣິເວີໄຊ", (string?)session["places"]![0]!["name"]);
        Assert.Contains(happening["associations"]!.AsArray(), static media => (string?)media!["uri"] == "urn:lmec:media:video-opening-session" && (string?)media["type"] == "video");
    }

    [Fact]
    public void Export_EventReport_CarriesTheEventsDocumentsAndRelatedEvents()
    {
        var happening = Item["associations"]![0]!;

        Assert.Equal(
            [("document:adopted", "urn:lmec:document:vientiane-action-plan-2025-2027"), ("document:adopted", "urn:lmec:document:workshop-joint-statement-2024")],
            happening["objects"]!.AsArray().Where(static entry => ((string?)entry!["rel"])!.StartsWith("document", StringComparison.Ordinal))
                .Select(static entry => ((string?)entry!["rel"], (string?)entry["uri"])));
        var related = happening["associations"]!.AsArray().Where(static item => ((string?)item!["uri"])!.Contains(":related:", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [("preparedBy", "ກອງປະຊຸມກະກຽມ ຂອງກອງປະຊຸມສຳມະນາ ຄັ້ງທີ 2", "2024-10"), ("heldWith", "ງານວາງສະແດງ ເຕັກໂນໂລຊີການວັດແທກນ້ຳ", "2024-12-04")],
            related.Select(static item => ((string?)item!["rel"], (string?)item["name"], (string?)item["eventDetails"]!["dates"]!["expectedStartDate"])));
    }

    [Fact]
    public void Export_EventReport_AssociatesThePicturesWithTheirRenditionCaptionCreditAndLicence()
    {
        var picture = Item["associations"]!.AsArray().Single(static media => (string?)media!["uri"] == "urn:lmec:media:photo-participants")!;

        Assert.Equal(("picture", "media"), ((string?)picture["type"], (string?)picture["rel"]));
        var rendition = picture["renditions"]![0]!;
        Assert.Equal(("https://kpl.gov.la/media/2024/12/06/workshop-participants.jpg", 2048, 1365), ((string?)rendition["href"], (int?)rendition["width"], (int?)rendition["height"]));
        Assert.Equal(
            [("caption", "ຜູ້ເຂົ້າຮ່ວມກອງປະຊຸມ ຖ່າຍຮູບເປັນທີ່ລະນຶກ."), ("alternativeText", "ປະມານ 100 ຄົນ ຢືນເປັນສາມແຖວ ຢູ່ໜ້າໂຮງແຮມ.")],
            picture["descriptions"]!.AsArray().Select(static text => ((string?)text!["role"], (string?)text["value"])));
        Assert.Equal("ສຸກສະຫວັນ ພົມມະຈັນ / ຂປລ", (string?)picture["by"]);
        Assert.Equal(("credit", "souksavanh-phommachanh"), ((string?)picture["people"]![0]!["rel"], (string?)picture["people"]![0]!["literal"]));
        Assert.Equal(("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"), ((string?)picture["usageTerms"], (string?)picture["rightsInfo"]!["linkedRights"]));
    }

    [Fact]
    public void Export_RelatedDocumentsAndModification_AreCarried()
    {
        var document = new ArticleDocument
        {
            Language = "en",
            Article = new Article
            {
                Id = "a",
                Headline = new LocalizedText("en", "H"),
                PublishedAt = new DateTimeOffset(2024, 12, 6, 16, 0, 0, TimeSpan.FromHours(7)),
                ModifiedAt = new DateTimeOffset(2024, 12, 7, 9, 0, 0, TimeSpan.Zero),
                DocumentIds = ["plan"],
                Source = new ArticleSource { PublisherName = new LocalizedText("en", "Vientiane Times"), Url = "https://example.org/original" },
            },
            Documents = [new RelatedDocument { Id = "plan", Title = new LocalizedText("en", "Plan") }],
        };

        var item = JsonNode.Parse(NinjsExport.Export(document))!;

        Assert.Equal(("2024-12-06T16:00:00+07:00", "2024-12-07T09:00:00Z"), ((string?)item["firstCreated"], (string?)item["versionCreated"]));
        Assert.Equal(("Plan", "document", "urn:lmec:document:plan"), ((string?)item["objects"]![0]!["name"], (string?)item["objects"]![0]!["rel"], (string?)item["objects"]![0]!["uri"]));
        Assert.Equal(("Vientiane Times", "originalPublisher"), ((string?)item["infoSources"]![0]!["name"], (string?)item["infoSources"]![0]!["role"]));
        Assert.Contains(item["altIds"]!.AsArray(), static id => (string?)id!["role"] == "sourceUrl" && (string?)id["value"] == "https://example.org/original");
    }
}
