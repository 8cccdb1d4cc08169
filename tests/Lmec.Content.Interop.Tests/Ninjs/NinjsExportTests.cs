using System.Text.Json.Nodes;
using Lmec.Content.Interop.Ninjs;
using Lmec.Content.Model;

namespace Lmec.Content.Interop.Tests.Ninjs;

public class NinjsExportTests
{
    public static TheoryData<string> ExampleFiles() => Examples.Files();

    public static TheoryData<string, int> ExampleArticles() => Examples.Articles();

    [SkippableTheory]
    [MemberData(nameof(ExampleFiles))]
    public void Export_EveryExample_IsAcceptedByTheOfficialSchema(string fileName)
    {
        ReferenceFiles.Require(ReferenceFiles.NinjsSchema, ReferenceFiles.GeoJsonSchema);

        var ninjs = NinjsExport.Export(Examples.Read(fileName));

        Assert.Empty(NinjsSchema.Validate(ninjs));
    }

    [SkippableTheory]
    [MemberData(nameof(ExampleArticles))]
    public void ExportArticle_EveryExampleArticle_IsAcceptedByTheOfficialSchema(string fileName, int index)
    {
        ReferenceFiles.Require(ReferenceFiles.NinjsSchema, ReferenceFiles.GeoJsonSchema);

        var document = Examples.Read(fileName);
        var ninjs = NinjsExport.ExportArticle(document, Examples.ArticlesOf(document)[index], new NinjsExportOptions { UriPrefix = "https://en.lmec.org.cn/items/", Indented = true });

        Assert.Empty(NinjsSchema.Validate(ninjs));
    }

    [SkippableFact]
    public void Validate_ItemThatBreaksTheSchema_IsRejected()
    {
        ReferenceFiles.Require(ReferenceFiles.NinjsSchema, ReferenceFiles.GeoJsonSchema, ReferenceFiles.NinjsEventExample);

        Assert.NotEmpty(NinjsSchema.Validate("""{"type": "text"}"""));
        Assert.NotEmpty(NinjsSchema.Validate("""{"uri": "not a uri", "type": "text"}"""));
        Assert.NotEmpty(NinjsSchema.Validate("""{"uri": "urn:x:y", "headline": "unknown member"}"""));
        Assert.NotEmpty(NinjsSchema.Validate("""{"uri": "urn:x:y", "versionCreated": "2023-05-10"}"""));
        Assert.NotEmpty(NinjsSchema.Validate("""{"uri": "urn:x:y", "places": [{"geoJSON": {"type": "Point"}}]}"""));
        Assert.Empty(NinjsSchema.Validate(File.ReadAllText(ReferenceFiles.Get(ReferenceFiles.NinjsEventExample))));
    }

    [Fact]
    public void ExportArticle_Submission_IsATextItemWithItsEventAssociated()
    {
        var document = (ArticleDocument)Examples.Read("article-asia-foundation-submission.json");

        var item = JsonNode.Parse(NinjsExport.Export(document))!;

        Assert.Equal("ninjs", (string?)item["standard"]!["name"]);
        Assert.Equal("3.1", (string?)item["standard"]!["version"]);
        Assert.Equal("urn:lmec:article:taf-lmec-climate-cooperation", (string?)item["uri"]);
        Assert.Equal("text", (string?)item["type"]);
        Assert.Equal("en", (string?)item["language"]);
        Assert.Equal("2023-05-10T09:30:00+08:00", (string?)item["versionCreated"]);
        Assert.Equal(document.Article.Headline["en"], (string?)item["headlines"]![0]!["value"]);
        Assert.Equal(document.Article.Summary!["en"], (string?)item["descriptions"]![0]!["value"]);
        Assert.Contains("Zhang Jianxin (country representative, The Asia Foundation Beijing Office)", (string?)item["bodies"]![0]!["value"], StringComparison.Ordinal);
        Assert.Contains(Names(item["people"]), name => name == "Zhang Jianxin/speaker:introductory");
        Assert.Contains(Names(item["organisations"]), name => name == "Lancang-Mekong Environmental Cooperation Center/organisedBy");
        Assert.Contains(Names(item["organisations"]), name => name == "The Asia Foundation Beijing Office/submitter");
        Assert.Equal(["climate-change", "climate-finance", "climate-resilient-infrastructure", "energy-transition"], item["subjects"]!.AsArray().Select(static subject => (string?)subject!["literal"]));

        var happening = item["associations"]![0]!;
        Assert.Equal("event", (string?)happening["type"]);
        Assert.Equal("event", (string?)happening["rel"]);
        Assert.Equal("urn:lmec:event:symposium-2023-04-25", (string?)happening["uri"]);
        Assert.Equal((string?)happening["uri"], (string?)item["events"]![0]!["uri"]);
        Assert.Equal("2023-04-25", (string?)happening["eventDetails"]!["dates"]!["expectedStartDate"]);
        Assert.Equal("lmec", (string?)happening["eventDetails"]!["organiser"]!["literal"]);
        Assert.Equal("Beijing", (string?)happening["places"]![0]!["contactInfo"]![0]!["address"]!["locality"]);
        Assert.Equal("CN", (string?)happening["places"]![0]!["contactInfo"]![0]!["address"]!["country"]);
    }

    [Fact]
    public void ExportArticle_Speeches_NameEachSpeakerWithTheKindOfTheSpeech()
    {
        var document = Article("a", "H") with
        {
            People = [Person("p"), Person("q")],
            Article = new Article
            {
                Id = "a",
                Headline = new LocalizedText("en", "H"),
                Speeches = [new Speech { SpeakerId = "p", Kind = SpeechKind.Keynote }, new Speech { SpeakerId = "p", Kind = SpeechKind.Closing }],
                Event = Event() with { Sessions = [new EventSession { Kind = EventSessionKind.PanelDiscussion, Title = new LocalizedText("en", "Panel"), SpeakerIds = ["p", "q"] }] },
            },
        };

        var item = JsonNode.Parse(NinjsExport.Export(document))!;

        Assert.Equal(["Person p/speaker:keynote", "Person p/speaker:closing", "Person q/speaker"], Names(item["people"]));
        Assert.Equal("urn:lmec:person:p", (string?)item["people"]![0]!["uri"]);
    }

    [Fact]
    public void Export_WholeDocument_MentionsEveryDeclaredPersonAndOrganisationNothingElseNames()
    {
        var document = Article("a", "H") with
        {
            People = [Person("author"), Person("bystander")],
            Organisations = [new Organisation { Id = "quiet", Name = new LocalizedText("en", "Quiet Org") }],
            Article = new Article { Id = "a", Headline = new LocalizedText("en", "H"), AuthorIds = ["author"] },
        };
        var issue = new NewsletterIssue
        {
            Id = "i",
            Language = "en",
            IssueNumber = 1,
            Year = 2023,
            PublicationDate = new DateOnly(2023, 6, 25),
            PublisherId = "quiet",
            Title = new LocalizedText("en", "T"),
            Articles = [document.Article],
            People = document.People,
            Organisations = [.. document.Organisations, new Organisation { Id = "other", Name = new LocalizedText("en", "Other Org") }],
        };

        var article = JsonNode.Parse(NinjsExport.Export(document))!;
        var composite = JsonNode.Parse(NinjsExport.Export(issue))!;

        Assert.Equal(["Person author/author", "Person bystander/mentioned"], Names(article["people"]));
        Assert.Equal(["Quiet Org/mentioned"], Names(article["organisations"]));
        Assert.Equal(["Person bystander/mentioned"], Names(composite["people"]));
        Assert.Equal(["Quiet Org/publisher", "Other Org/mentioned"], Names(composite["organisations"]));
    }

    [Fact]
    public void Export_Event_CarriesItsModalityAndSessions()
    {
        var document = Article("a", "H") with
        {
            People = [Person("p")],
            Article = new Article
            {
                Id = "a",
                Headline = new LocalizedText("en", "H"),
                Event = Event() with
                {
                    Modality = EventModality.Hybrid,
                    Sessions =
                    [
                        new EventSession { Kind = EventSessionKind.Opening, Title = new LocalizedText("en", "Opening ceremony"), Summary = new LocalizedText("en", "Opened."), SpeakerIds = ["p"] },
                        new EventSession { Kind = EventSessionKind.Roundtable, Title = new LocalizedText("en", "Roundtable") },
                    ],
                },
            },
        };

        var happening = JsonNode.Parse(NinjsExport.Export(document))!["associations"]![0]!;
        var sessions = happening["associations"]!.AsArray();

        Assert.Equal(("hybrid", "attendanceMode", "https://schema.org/MixedEventAttendanceMode"), ((string?)happening["subjects"]![0]!["name"], (string?)happening["subjects"]![0]!["rel"], (string?)happening["subjects"]![0]!["uri"]));
        Assert.Equal(["urn:lmec:event:e:session:1", "urn:lmec:event:e:session:2"], sessions.Select(static session => (string?)session!["uri"]));
        Assert.All(sessions, static session => Assert.Equal(("event", "session"), ((string?)session!["type"], (string?)session["rel"])));
        Assert.Equal("Opening ceremony", (string?)sessions[0]!["title"]);
        Assert.Equal("Opened.", (string?)sessions[0]!["descriptions"]![0]!["value"]);
        Assert.Equal(["Person p/speaker"], Names(sessions[0]!["people"]));
        Assert.Equal("roundtable", (string?)sessions[1]!["subjects"]![0]!["literal"]);
    }

    [Fact]
    public void Export_Organisation_HasItsUriAndHeadquarters()
    {
        var document = Article("a", "H") with
        {
            SubmittedById = "o",
            Organisations =
            [
                new Organisation
                {
                    Id = "o",
                    Name = new LocalizedText("en", "Org"),
                    Headquarters = new Place { Name = new LocalizedText("en", "Tower"), Locality = new LocalizedText("en", "Vientiane"), CountryCode = "LA" },
                },
            ],
        };

        var organisation = JsonNode.Parse(NinjsExport.Export(document))!["organisations"]![0]!;
        var headquarters = organisation["contactInfo"]![0]!;

        Assert.Equal("urn:lmec:organisation:o", (string?)organisation["uri"]);
        Assert.Equal(("physical", "headquarters", "Tower"), ((string?)headquarters["type"], (string?)headquarters["role"], (string?)headquarters["name"]));
        Assert.Equal(("Vientiane", "LA"), ((string?)headquarters["address"]!["locality"], (string?)headquarters["address"]!["country"]));
    }

    [Fact]
    public void Export_NewsletterIssue_IsACompositeOfItsArticlesWithTheContactBlock()
    {
        var issue = (NewsletterIssue)Examples.Read("newsletter-2023-06.json");

        var item = JsonNode.Parse(NinjsExport.Export(issue))!;

        Assert.Equal("composite", (string?)item["type"]);
        Assert.Equal("urn:lmec:newsletterIssue:lmec-newsletter-2023-issue-6", (string?)item["uri"]);
        Assert.Equal(issue.Articles.Select(static article => "urn:lmec:article:" + article.Id), item["associations"]!.AsArray().Select(static article => (string?)article!["uri"]));
        Assert.All(item["associations"]!.AsArray(), static article => Assert.Equal("article", (string?)article!["rel"]));
        var contact = item["organisations"]!.AsArray().First(static organisation => (string?)organisation!["rel"] == "contact")!["contactInfo"]!.AsArray();
        Assert.Contains(contact, static info => (string?)info!["type"] == "phone" && (string?)info["value"] == "+861082268242");
        Assert.Contains(contact, static info => (string?)info!["type"] == "fax" && (string?)info["value"] == "+861082200579");
        Assert.Contains(contact, static info => (string?)info!["type"] == "weChat" && (string?)info["value"] == "lancang-mekongec");
        Assert.Contains(contact, static info => (string?)info!["type"] == "physical" && (string?)info["address"]!["postalCode"] == "100035");
        Assert.Equal(issue.About!.Text["en"], (string?)item["descriptions"]![0]!["value"]);
    }

    [Fact]
    public void Export_OrganisationDirectory_ListsEveryOrganisation()
    {
        var directory = (OrganisationDirectory)Examples.Read("organisation-directory-lancang-mekong-ministries.json");

        var item = JsonNode.Parse(NinjsExport.Export(directory))!;

        Assert.Equal("text", (string?)item["type"]);
        Assert.Equal(directory.Organisations.Select(static organisation => organisation.Id), item["organisations"]!.AsArray().Select(static organisation => (string?)organisation!["literal"]));
        Assert.Equal("lmec", (string?)item["infoSources"]![0]!["literal"]);
    }

    [Theory]
    [InlineData("urn:lmec:", "urn:lmec:article:a%2Fb%20c")]
    [InlineData("https://en.lmec.org.cn/items/", "https://en.lmec.org.cn/items/article/a%2Fb%20c")]
    [InlineData("tag:lmec.org.cn,2017:", "tag:lmec.org.cn,2017:article:a%2Fb%20c")]
    public void Export_UriPrefix_StartsEveryUriAndEscapesTheId(string prefix, string expected)
    {
        var document = Article("a/b c", "Headline");

        var item = JsonNode.Parse(NinjsExport.Export(document, new NinjsExportOptions { UriPrefix = prefix }))!;

        Assert.Equal(expected, (string?)item["uri"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lmec")]
    [InlineData("/items/")]
    public void UriPrefix_NotTheStartOfAnAbsoluteUri_Throws(string prefix) =>
        Assert.Throws<ArgumentException>(() => new NinjsExportOptions { UriPrefix = prefix });

    [Fact]
    public void Export_TextWithMarkup_IsEscapedAndKeptIntact()
    {
        const string headline = "</script><!-- & \"quoted\" 澜湄";

        var ninjs = NinjsExport.Export(Article("x", headline));

        Assert.DoesNotContain('<', ninjs);
        Assert.DoesNotContain('>', ninjs);
        Assert.DoesNotContain('&', ninjs);
        Assert.Contains("澜湄", ninjs, StringComparison.Ordinal);
        Assert.Equal(headline, (string?)JsonNode.Parse(ninjs)!["headlines"]![0]!["value"]);
    }

    [Fact]
    public void Export_ArticleWithoutEventOrSpeeches_HasNoBodyAndNoAssociations()
    {
        var item = JsonNode.Parse(NinjsExport.Export(Article("plain", "Headline")))!.AsObject();

        Assert.False(item.ContainsKey("bodies"));
        Assert.False(item.ContainsKey("associations"));
        Assert.False(item.ContainsKey("events"));
    }

    [Fact]
    public void Export_UndeclaredReferences_AreWrittenByIdWithoutThrowing()
    {
        var document = new ArticleDocument
        {
            Language = "en",
            SubmittedById = "nobody-declared",
            Article = new Article
            {
                Id = "a",
                Headline = new LocalizedText("en", "H"),
                AuthorIds = ["ghost"],
                Speeches = [new Speech { SpeakerId = "ghost", Kind = SpeechKind.Keynote, OrganisationId = "nowhere" }],
            },
        };

        var item = JsonNode.Parse(NinjsExport.Export(document))!;

        Assert.Equal("ghost", (string?)item["by"]);
        Assert.Contains(Names(item["organisations"]), static name => name == "nowhere/speakerOrganisation");
    }

    [Fact]
    public void Export_DocumentOfATypeTheModelDoesNotDefine_Throws() =>
        Assert.Throws<ArgumentException>(() => NinjsExport.Export(new ForeignDocument { Language = "en" }));

    [Fact]
    public void Export_UndefinedEnumValue_ThrowsArgumentOutOfRange()
    {
        var document = Article("x", "y") with { Organisations = [new Organisation { Id = "o", Name = new LocalizedText("en", "O"), Contact = new ContactDetails { SocialAccounts = [new SocialAccount { Platform = (SocialPlatform)99, Handle = "h" }] } }] };

        Assert.Throws<ArgumentOutOfRangeException>(() => NinjsExport.Export(document with { SubmittedById = "o" }));
    }

    [Fact]
    public void Export_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => NinjsExport.Export(null!));
        Assert.Throws<ArgumentNullException>(() => NinjsExport.ExportArticle(Article("x", "y"), null!));
    }

    private static ArticleDocument Article(string id, string headline) => new()
    {
        Language = "en",
        Article = new Article { Id = id, Headline = new LocalizedText("en", headline) },
    };

    private static Person Person(string id) => new()
    {
        Id = id,
        Name = new PersonName { GivenName = new LocalizedText("en", "Person"), FamilyName = new LocalizedText("en", id), Order = NameOrder.GivenNameFirst },
    };

    private static Event Event() => new()
    {
        Id = "e",
        Kind = EventKind.Forum,
        Name = new LocalizedText("en", "Forum"),
        StartDate = new DateOnly(2023, 12, 5),
    };

    private static IEnumerable<string> Names(JsonNode? entries) =>
        entries!.AsArray().Select(static entry => $"{(string?)entry!["name"]}/{(string?)entry["rel"]}");
}
