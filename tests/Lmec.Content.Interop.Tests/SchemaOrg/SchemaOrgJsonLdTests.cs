using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lmec.Content.Interop.SchemaOrg;
using Lmec.Content.Model;

namespace Lmec.Content.Interop.Tests.SchemaOrg;

public class SchemaOrgJsonLdTests
{
    public static TheoryData<string> ExampleFiles() => Examples.Files();

    public static TheoryData<string, int> ExampleArticles() => Examples.Articles();

    [SkippableTheory]
    [MemberData(nameof(ExampleFiles))]
    public void Export_EveryExample_UsesOnlySchemaOrgTermsOnTypesOfTheirDomain(string fileName)
    {
        ReferenceFiles.Require(ReferenceFiles.SchemaOrgVocabulary);

        var jsonLd = SchemaOrgJsonLd.Export(Examples.Read(fileName));

        Assert.Empty(JsonLdVocabularyCheck.Check(SchemaOrgVocabulary.Current, jsonLd));
    }

    [SkippableTheory]
    [MemberData(nameof(ExampleArticles))]
    public void ExportArticleAndEvent_EveryExampleArticle_UseOnlySchemaOrgTermsOnTypesOfTheirDomain(string fileName, int index)
    {
        ReferenceFiles.Require(ReferenceFiles.SchemaOrgVocabulary);

        var document = Examples.Read(fileName);
        var article = Examples.ArticlesOf(document)[index];
        var options = new JsonLdExportOptions { BaseUri = new Uri("https://en.lmec.org.cn/newsletter/2023-06#top"), Indented = true };

        Assert.Empty(JsonLdVocabularyCheck.Check(SchemaOrgVocabulary.Current, SchemaOrgJsonLd.ExportArticle(document, article, options)));
        if (article.Event is { } happening)
        {
            Assert.Empty(JsonLdVocabularyCheck.Check(SchemaOrgVocabulary.Current, SchemaOrgJsonLd.ExportEvent(document, happening, options)));
        }
    }

    [Theory]
    [MemberData(nameof(ExampleArticles))]
    public void Exports_EveryExample_DescribeEveryNodeTheyReferTo(string fileName, int index)
    {
        var document = Examples.Read(fileName);
        var article = Examples.ArticlesOf(document)[index];

        Assert.Empty(JsonLdVocabularyCheck.DanglingReferences(SchemaOrgJsonLd.Export(document)));
        Assert.Empty(JsonLdVocabularyCheck.DanglingReferences(SchemaOrgJsonLd.ExportArticle(document, article)));
        if (article.Event is { } happening)
        {
            Assert.Empty(JsonLdVocabularyCheck.DanglingReferences(SchemaOrgJsonLd.ExportEvent(document, happening)));
        }
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Export_EveryExample_DescribesEachOrganisationAndPersonOnce(string fileName)
    {
        var graph = JsonNode.Parse(SchemaOrgJsonLd.Export(Examples.Read(fileName)))!["@graph"]!.AsArray();

        var ids = graph.Select(static node => (string?)node!["@id"]).OfType<string>().ToList();

        Assert.Equal(ids.Distinct(StringComparer.Ordinal).Count(), ids.Count);
    }

    [SkippableFact]
    public void Check_TermsOutsideTheVocabularyOrTheirDomainOrRange_AreFound()
    {
        ReferenceFiles.Require(ReferenceFiles.SchemaOrgVocabulary);

        static IReadOnlyList<string> Check(string graph) =>
            JsonLdVocabularyCheck.Check(SchemaOrgVocabulary.Current, $$"""{"@context": "https://schema.org", "@graph": [{{graph}}]}""");

        Assert.Empty(Check("""{"@type": "NewsArticle", "headline": "h", "datePublished": "2023-06-25", "author": {"@type": "Person", "name": "n"}}"""));
        Assert.Single(Check("""{"@type": "NewsArticle", "headlines": "unknown property"}"""));
        Assert.Contains(Check("""{"@type": "Newsletter", "name": "unknown type"}"""), static problem => problem.Contains("'Newsletter' is not a current schema.org class", StringComparison.Ordinal));
        Assert.Single(Check("""{"@type": "Person", "headline": "property of another domain"}"""));
        Assert.Single(Check("""{"@type": "Event", "startDate": "25 April 2023"}"""));
        Assert.Single(Check("""{"@type": "Event", "organizer": {"@type": "Place", "name": "a type outside the range"}}"""));
        Assert.Single(Check("""{"@type": "Event", "organizer": {"@id": "#p"}}, {"@type": "Place", "@id": "#p"}"""));
        Assert.Single(Check("""{"@type": "Event", "eventAttendanceMode": "https://schema.org/InStock"}"""));
        Assert.Single(Check("""{"@type": "PublicationIssue", "issueNumber": true}"""));
        Assert.Single(Check("""{"@type": "Event", "contributor": {"@type": "Role", "roleName": "a Role without its property"}}"""));
        Assert.Empty(Check("""{"@type": "Event", "contributor": {"@type": "Role", "roleName": "guidedBy", "contributor": {"@type": "Organization"}}}"""));
        Assert.Single(Check("""{"@type": "Organization", "alternateName": {"@value": "x", "@language": "zh"}, "parentOrganization": {"@value": "y", "@language": "zh"}}"""));
    }

    [Fact]
    public void Export_NewsletterIssue_IsAPublicationIssueWhoseArticlesReportTheEvent()
    {
        var issue = (NewsletterIssue)Examples.Read("newsletter-2023-06.json");

        var graph = JsonNode.Parse(SchemaOrgJsonLd.Export(issue))!["@graph"]!.AsArray();
        var main = graph[0]!;
        var article = main["hasPart"]![0]!;
        var happening = article["about"]!;

        Assert.Equal("PublicationIssue", (string?)main["@type"]);
        Assert.Equal("#issue-lmec-newsletter-2023-issue-6", (string?)main["@id"]);
        Assert.Equal(6, (int?)main["issueNumber"]);
        Assert.Equal("2023-06-25", (string?)main["datePublished"]);
        Assert.Equal("Newsletter", (string?)main["isPartOf"]!["name"]);
        Assert.Equal("NewsArticle", (string?)article["@type"]);
        Assert.Equal("2023-06-25", (string?)article["datePublished"]);
        Assert.Equal("Event", (string?)happening["@type"]);
        Assert.Equal("2023-04-25", (string?)happening["startDate"]);
        Assert.Equal("https://schema.org/MixedEventAttendanceMode", (string?)happening["eventAttendanceMode"]);
        Assert.Equal("EventSeries", (string?)happening["superEvent"]!["@type"]);
        Assert.Equal(["#organisation-lmec", "#organisation-fecc"], happening["organizer"]!.AsArray().Select(static organizer => (string?)organizer!["@id"]));
        Assert.Equal(["#organisation-wri", "#organisation-taf"], happening["sponsor"]!.AsArray().Select(static sponsor => (string?)sponsor!["@id"]));
        var guide = happening["contributor"]![0]!;
        Assert.Equal(("Role", "guidedBy", "#organisation-mee"), ((string?)guide["@type"], (string?)guide["roleName"], (string?)guide["contributor"]!["@id"]));

        var nodes = graph.ToDictionary(static node => (string?)node!["@id"] ?? "", static node => node!);
        Assert.Equal("GovernmentOrganization", (string?)nodes["#organisation-mee"]["@type"]);
        Assert.Equal("生态环境部", (string?)nodes["#organisation-mee"]["alternateName"]!.AsArray().Single(static name => name is JsonObject)!["@value"]);
        Assert.Equal("NGO", (string?)nodes["#organisation-taf"]["@type"]);
        Assert.Equal("#organisation-mee", (string?)nodes["#organisation-fecc"]["parentOrganization"]!["@id"]);
        Assert.Equal("#contact", (string?)nodes["#organisation-lmec"]["contactPoint"]!["@id"]);
        Assert.Equal("PostalAddress", (string?)nodes["#contact"]["@type"]);
        Assert.Equal("No. 5 Houyingfang Hutong, Xicheng District", (string?)nodes["#contact"]["streetAddress"]);
        Assert.Equal("Liu Qing", (string?)nodes["#person-liu-qing"]["name"]);
        var role = nodes["#person-liu-qing"]["affiliation"]![0]!;
        Assert.Equal(("OrganizationRole", "vice president", "#organisation-ciis"), ((string?)role["@type"], (string?)role["roleName"], (string?)role["affiliation"]!["@id"]));
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Export_EveryExample_DescribesEveryDeclaredOrganisationAndPerson(string fileName)
    {
        var document = Examples.Read(fileName);

        var ids = JsonNode.Parse(SchemaOrgJsonLd.Export(document))!["@graph"]!.AsArray().Select(static node => (string?)node!["@id"]).ToHashSet();

        Assert.All(document.Organisations, organisation => Assert.Contains("#organisation-" + organisation.Id, ids));
        Assert.All(document.People, person => Assert.Contains("#person-" + person.Id, ids));
    }

    [Fact]
    public void Export_DeclaredButNamedNowhere_IsMentionedByTheDocumentOnly()
    {
        var document = Submission("x", "h") with
        {
            Organisations = [new Organisation { Id = "p-org", Name = new LocalizedText("en", "Org") }, new Organisation { Id = "quiet", Name = new LocalizedText("en", "Quiet") }],
        };
        document = document with { People = [.. document.People, new Person { Id = "q", Name = new PersonName { GivenName = new LocalizedText("en", "Q"), Order = NameOrder.GivenNameFirst } }] };

        var whole = JsonNode.Parse(SchemaOrgJsonLd.Export(document))!["@graph"]![0]!;
        var alone = JsonNode.Parse(SchemaOrgJsonLd.ExportArticle(document, document.Article))!["@graph"]![0]!.AsObject();

        // p-org is only an affiliation, which the person's node refers to after the document's node: the document mentions it.
        Assert.Equal(["#person-q", "#organisation-p-org", "#organisation-quiet"], whole["mentions"]!.AsArray().Select(static mention => (string?)mention!["@id"]));
        Assert.False(alone.ContainsKey("mentions"));
    }

    [Fact]
    public void ExportEvent_Speeches_AreRolesNamedByTheKindOfTheSpeech()
    {
        var issue = (NewsletterIssue)Examples.Read("newsletter-2023-06.json");
        var article = issue.Articles.First(static article => article.Speeches.Count > 0 && article.Event is not null);

        var happening = JsonNode.Parse(SchemaOrgJsonLd.ExportArticle(issue, article))!["@graph"]![0]!["about"]!;
        var roles = happening["performer"]!.AsArray().Where(static performer => (string?)performer!["@type"] == "Role").ToList();

        Assert.Equal(
            article.Speeches.Select(static speech => (Lmec.Content.Serialization.ContentJson.GetWireName(speech.Kind), "#person-" + speech.SpeakerId)).Distinct(),
            roles.Select(static role => ((string?)role!["roleName"] ?? "", (string?)role["performer"]!["@id"] ?? "")));
    }

    [Fact]
    public void ExportEvent_Partner_IsAContributorNotAnOrganizer()
    {
        var happening = new Event
        {
            Id = "e",
            Kind = EventKind.Forum,
            Name = new LocalizedText("en", "Forum"),
            StartDate = new DateOnly(2023, 12, 5),
            OrganisationRoles = [new OrganisationRole { Role = OrganisationRoleKind.PartnerOf, OrganisationIds = ["p-org"] }],
        };

        var node = JsonNode.Parse(SchemaOrgJsonLd.ExportEvent(Submission("x", "h"), happening))!["@graph"]![0]!.AsObject();

        Assert.False(node.ContainsKey("organizer"));
        Assert.Equal(("Role", "partnerOf", "#organisation-p-org"), ((string?)node["contributor"]![0]!["@type"], (string?)node["contributor"]![0]!["roleName"], (string?)node["contributor"]![0]!["contributor"]!["@id"]));
    }

    [Fact]
    public void ExportArticle_ArticleOfAnIssue_SaysWhichIssueItIsPartOf()
    {
        var issue = (NewsletterIssue)Examples.Read("newsletter-2023-06.json");

        var article = JsonNode.Parse(SchemaOrgJsonLd.ExportArticle(issue, issue.Articles[0]))!["@graph"]![0]!;

        Assert.Equal("NewsArticle", (string?)article["@type"]);
        Assert.Equal("#issue-lmec-newsletter-2023-issue-6", (string?)article["isPartOf"]!["@id"]);
        Assert.Equal("#organisation-lmec", (string?)article["publisher"]!["@id"]);
    }

    [Fact]
    public void Export_OrganisationDirectory_ListsItsOrganisationsInOrder()
    {
        var directory = (OrganisationDirectory)Examples.Read("organisation-directory-lancang-mekong-ministries.json");

        var main = JsonNode.Parse(SchemaOrgJsonLd.Export(directory))!["@graph"]![0]!;
        var list = main["mainEntity"]!;

        Assert.Equal("ItemList", (string?)list["@type"]);
        Assert.Equal(directory.Organisations.Count, (int?)list["numberOfItems"]);
        Assert.Equal(directory.Organisations.Select(static organisation => "#organisation-" + organisation.Id), list["itemListElement"]!.AsArray().Select(static item => (string?)item!["item"]!["@id"]));
        Assert.Equal("2023-06-25", (string?)main["dateModified"]);
    }

    [Fact]
    public void Export_BaseUri_MakesEveryIdAbsoluteWithoutTheBaseFragment()
    {
        var document = (ArticleDocument)Examples.Read("article-asia-foundation-submission.json");

        var jsonLd = SchemaOrgJsonLd.Export(document, new JsonLdExportOptions { BaseUri = new Uri("https://en.lmec.org.cn/articles/taf?lang=en#top") });

        Assert.Equal("https://en.lmec.org.cn/articles/taf?lang=en#article-taf-lmec-climate-cooperation", (string?)JsonNode.Parse(jsonLd)!["@graph"]![0]!["@id"]);
        Assert.DoesNotContain("\"#", jsonLd, StringComparison.Ordinal);
    }

    [Fact]
    public void BaseUri_Relative_Throws() =>
        Assert.Throws<ArgumentException>(() => new JsonLdExportOptions { BaseUri = new Uri("articles/taf", UriKind.Relative) });

    [Fact]
    public void Export_IdWithCharactersOutsideASlug_IsEscapedInTheFragment()
    {
        var jsonLd = SchemaOrgJsonLd.Export(Submission("a b#c", "Headline"));

        Assert.Equal("#article-a%20b%23c", (string?)JsonNode.Parse(jsonLd)!["@graph"]![0]!["@id"]);
    }

    [Theory]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("<!-- comment")]
    [InlineData("</SCRIPT >")]
    [InlineData("a & b > c < d")]
    public void Export_TextThatWouldEndTheScriptElement_IsEscaped(string text)
    {
        var jsonLd = SchemaOrgJsonLd.Export(Submission("x", text, organisationName: text, personName: text));

        Assert.DoesNotContain("</script", jsonLd, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", jsonLd, StringComparison.Ordinal);
        Assert.Equal(text, (string?)JsonNode.Parse(jsonLd)!["@graph"]![0]!["headline"]);
    }

    [Property(Arbitrary = [typeof(Texts)])]
    public bool Export_AnyText_HasNoHtmlSensitiveCharacterAndReadsBackUnchanged(string text)
    {
        var jsonLd = SchemaOrgJsonLd.Export(Submission("x", text, organisationName: text, personName: text));

        // An empty text is no text: the member is left out.
        return jsonLd.IndexOfAny(['<', '>', '&']) < 0 && ((string?)JsonNode.Parse(jsonLd)!["@graph"]![0]!["headline"] ?? string.Empty) == text;
    }

    [Fact]
    public void Export_ChineseText_StaysReadable()
    {
        var jsonLd = SchemaOrgJsonLd.Export(Submission("x", "澜湄环境合作"));

        Assert.Contains("澜湄环境合作", jsonLd, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_UndeclaredReferencesAndDuplicateDeclarations_AreWrittenWithoutThrowing()
    {
        var document = Submission("x", "h") with
        {
            SubmittedById = "o",
            Organisations = [new Organisation { Id = "o", Name = new LocalizedText("en", "First") }, new Organisation { Id = "o", Name = new LocalizedText("en", "Second") }],
        };
        document = document with { Article = document.Article with { AuthorIds = ["p", "ghost"] } };

        var graph = JsonNode.Parse(SchemaOrgJsonLd.Export(document))!["@graph"]!.AsArray();

        Assert.Equal(["#person-p", "#person-ghost"], graph[0]!["author"]!.AsArray().Select(static author => (string?)author!["@id"]));
        Assert.Equal(["#article-x", "#organisation-o", "#person-p"], graph.Select(static node => (string?)node!["@id"]));
        Assert.Equal("First", (string?)graph[1]!["name"]);
        Assert.Equal("#organisation-p-org", (string?)graph[2]!["affiliation"]![0]!["@id"]);
    }

    [Fact]
    public void Export_DocumentOfATypeTheModelDoesNotDefine_Throws() =>
        Assert.Throws<ArgumentException>(() => SchemaOrgJsonLd.Export(new ForeignDocument { Language = "en" }));

    [Fact]
    public void Export_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SchemaOrgJsonLd.Export(null!));
        Assert.Throws<ArgumentNullException>(() => SchemaOrgJsonLd.ExportArticle(Submission("x", "y"), null!));
        Assert.Throws<ArgumentNullException>(() => SchemaOrgJsonLd.ExportEvent(Submission("x", "y"), null!));
    }

    private static ArticleDocument Submission(string id, string headline, string organisationName = "Org", string personName = "Person") => new()
    {
        Language = "en",
        Article = new Article { Id = id, Headline = new LocalizedText("en", headline), AuthorIds = ["p"] },
        Organisations = [new Organisation { Id = "p-org", Name = new LocalizedText("en", organisationName) }],
        People =
        [
            new Person
            {
                Id = "p",
                Name = new PersonName { GivenName = new LocalizedText("en", personName), Order = NameOrder.GivenNameFirst },
                Affiliations = [new Affiliation { OrganisationId = "p-org" }],
            },
        ],
    };

    /// <summary>Texts made of HTML-sensitive characters, markup fragments, quotes, escapes and non-ASCII text.</summary>
    public static class Texts
    {
        private static readonly string[] Pieces = ["<", ">", "&", "</script>", "<!--", "-->", "\"", "'", "\\", "/", "+", "`", "\u2028", "\u0000", "\n", "澜湄", "\U0001F30F", "a", " "];

        public static Arbitrary<string> Markup() =>
            Gen.ListOf(Gen.Elements(Pieces)).Select(static pieces => string.Concat(pieces)).ToArbitrary();
    }
}
