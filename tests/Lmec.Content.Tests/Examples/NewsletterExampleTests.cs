using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;

namespace Lmec.Content.Tests.Examples;

/// <summary>Holds the example newsletter to the facts of the source text, each in its structure.</summary>
public class NewsletterExampleTests
{
    private static readonly NewsletterIssue Issue =
        ContentJson.Deserialize<NewsletterIssue>(File.ReadAllText(RepositoryPaths.Example("newsletter-2023-06.json")));

    private static Article Article => Assert.Single(Issue.Articles);

    private static Event Symposium => Article.Event!;

    private static Organisation Organisation(string id) => Assert.Single(Issue.Organisations, organisation => organisation.Id == id);

    private static Speech SpeechOf(string speakerId) => Assert.Single(Article.Speeches, speech => speech.SpeakerId == speakerId);

    [Fact]
    public void Issue_Masthead_IsIssue6Of2023DatedJune25()
    {
        Assert.Equal((6, 2023, new DateOnly(2023, 6, 25)), (Issue.IssueNumber, Issue.Year, Issue.PublicationDate));
        Assert.Equal("Newsletter", Issue.Title["en"]);
        var publisher = Organisation(Issue.PublisherId);
        Assert.Equal("Lancang-Mekong Environmental Cooperation Center", publisher.Name["en"]);
        Assert.Equal("澜沧江-湄公河环境合作中心", publisher.Name["zh-Hans"]);
    }

    [Theory]
    [InlineData("fecc", "mee", "Foreign Environmental Cooperation Center")]
    [InlineData("unep-china-office", "unep", "UNEP China Office")]
    [InlineData("taf-beijing-office", "taf", "The Asia Foundation Beijing Office")]
    [InlineData("ildre", "ndrc", "Institute of Land Development and Regional Economy")]
    public void Organisations_WithParents_AreLinked(string id, string parentId, string name)
    {
        var organisation = Organisation(id);
        Assert.Equal(name, organisation.Name["en"]);
        Assert.Equal(parentId, organisation.ParentId);
        Organisation(parentId);
    }

    [Fact]
    public void Ministry_VariantName_IsAnAliasNotASecondOrganisation()
    {
        var ministry = Organisation("mee");
        Assert.Contains(ministry.Aliases, alias => alias["en"] == "Ministry of Environment and Ecology");
        Assert.Single(Issue.Organisations, organisation => organisation.Name["en"].Contains("Ecology", StringComparison.Ordinal));
    }

    [Fact]
    public void Event_IsHybridSymposiumInBeijingWithRolesAndSeries()
    {
        Assert.Equal((EventKind.Symposium, EventModality.Hybrid, new PartialDate(2023, 4, 25)), (Symposium.Kind, Symposium.Modality!.Value, Symposium.StartDate));
        Assert.Equal(("Beijing", "CN"), (Symposium.Location!.Locality!["en"], Symposium.Location.CountryCode!));
        Assert.Equal("Synergies between Climate-Resilient Infrastructure and Energy Transition", Symposium.Theme!["en"]);
        Assert.StartsWith("Green Lancang-Mekong Initiative: Roundtable Dialogue", Symposium.Series!.Name["en"], StringComparison.Ordinal);
        Assert.Equal(
            [(OrganisationRoleKind.GuidedBy, "mee"), (OrganisationRoleKind.OrganisedBy, "lmec"), (OrganisationRoleKind.OrganisedBy, "fecc"), (OrganisationRoleKind.SupportedBy, "wri"), (OrganisationRoleKind.SupportedBy, "taf")],
            Symposium.OrganisationRoles.SelectMany(role => role.OrganisationIds.Select(id => (role.Role, id))));
        Assert.All(Symposium.ParticipantGroups, group => Assert.Equal(EventModality.Offline, group.Attendance));
        Assert.Contains(Symposium.ParticipantGroups, group => group.CountryCodes.SequenceEqual(["KH", "LA", "MM", "TH", "VN"]));
    }

    [Fact]
    public void Event_HasBothPanelDiscussionsAndTheSharedConclusion()
    {
        Assert.Equal(
            ["Energy Transition Actions and Prospects in Lancang-Mekong Countries", "Practices of Climate-Resilient Economic Development in Lancang-Mekong Countries"],
            Symposium.Sessions.Where(session => session.Kind == EventSessionKind.PanelDiscussion).Select(session => session.Title["en"]));
        Assert.True(Symposium.Outcome!.Unanimous);
        Assert.Single(Symposium.Outcome.Conclusions);
        Assert.Equal(3, Symposium.Outcome.Aspirations.Count);
    }

    [Theory]
    [InlineData("liu-qing", "Liu", "Qing", SpeechKind.Introductory, "vice president", "ciis")]
    [InlineData("wang-qian", "Wang", "Qian", SpeechKind.Introductory, "programme management officer", "unep-china-office")]
    [InlineData("zhang-jianxin", "Zhang", "Jianxin", SpeechKind.Introductory, "country representative", "taf-beijing-office")]
    [InlineData("huang-zhengxue", "Huang", "Zhengxue", SpeechKind.Special, "research fellow", "ildre")]
    public void Speakers_HaveNameOrderKindPositionAndOrganisation(string id, string family, string given, SpeechKind kind, string position, string organisationId)
    {
        var person = Assert.Single(Issue.People, person => person.Id == id);
        Assert.Equal(NameOrder.FamilyNameFirst, person.Name.Order);
        Assert.Equal($"{family} {given}", person.Name.Format("en"));
        var speech = SpeechOf(id);
        Assert.Equal((kind, position, organisationId), (speech.Kind, speech.Position!["en"], speech.OrganisationId!));
    }

    [Fact]
    public void LiuQing_MakesFourNumberedAspectsAndAnUnnumberedAddition()
    {
        var points = SpeechOf("liu-qing").Points;
        Assert.Equal([1, 2, 3, 4], points[0].Items.Select(point => point.Ordinal!.Value));
        Assert.Null(points[1].Ordinal);
        Assert.StartsWith("In addition", points[1].Text["en"], StringComparison.Ordinal);
    }

    [Fact]
    public void WangQian_NamesThePartnershipTenPrinciplesAndThreeApproaches()
    {
        var points = SpeechOf("wang-qian").Points;
        Assert.Contains(points, point => point.Text["en"].Contains("Sustainable Infrastructure Partnership (SIP)", StringComparison.Ordinal));
        Assert.Contains(points, point => point.Text["en"].Contains("ten guiding principles", StringComparison.Ordinal));
        Assert.Equal([1, 2, 3], points.Single(point => point.Text["en"].Contains("three approaches", StringComparison.Ordinal)).Items.Select(point => point.Ordinal!.Value));
        Assert.Equal("unep", Organisation("sip").ParentId);
    }

    [Fact]
    public void HuangZhengxue_ProposesFiveNumberedRecommendations()
    {
        Assert.Equal([1, 2, 3, 4, 5], Article.Recommendations.Select(recommendation => recommendation.Ordinal));
        Assert.All(Article.Recommendations, recommendation => Assert.Equal("huang-zhengxue", recommendation.ProponentId));
    }

    [Fact]
    public void Contact_HoldsBothTelephoneNumbersFaxEmailsWebWeChatAndAddress()
    {
        var contact = Issue.Contact!;
        Assert.Equal(["lmec", "fecc"], contact.OrganisationIds);
        var details = contact.Details;
        Assert.Equal(["+861082268242", "+861082268221"], details.Telephones.Select(phone => phone.Number));
        Assert.All(details.Telephones, phone => Assert.Equal("+86-10-82268242/8221", phone.Printed));
        Assert.Equal("+861082200579", Assert.Single(details.Faxes).Number);
        Assert.Equal(["qian.zhaohui@fecomce.org.cn", "li.xia@fecomce.org.cn"], details.Emails);
        Assert.Equal("http://en.lmec.org.cn/", details.Website);
        Assert.Equal((SocialPlatform.WeChat, "lancang-mekongec"), (details.SocialAccounts[0].Platform, details.SocialAccounts[0].Handle));
        var address = details.PostalAddress!;
        Assert.Equal(("No. 5 Houyingfang Hutong", "Xicheng District", "Beijing", "100035", "CN"), (address.StreetAddress!["en"], address.District!["en"], address.Locality!["en"], address.PostalCode!, address.CountryCode));
    }

    [Fact]
    public void About_IsTheTextAndItsFactsAreStructured()
    {
        Assert.Equal("lmec", Issue.About!.OrganisationId);
        Assert.StartsWith("Lancang-Mekong Environmental Cooperation Center (LMEC), established in 2017", Issue.About.Text["en"], StringComparison.Ordinal);
        var centre = Organisation("lmec");
        Assert.Equal((2017, "Beijing", "CN"), (centre.FoundedYear!.Value, centre.Headquarters!.Locality!["en"], centre.Headquarters.CountryCode!));
    }
}
