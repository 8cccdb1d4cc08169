using System.Globalization;
using System.Text.Json.Nodes;
using Lmec.Content.Localization;
using Lmec.Content.Model;
using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation;

/// <summary>Layer 3: each rule fires where it should, at the referencing pointer, and stays silent where it should not.</summary>
public class RuleValidationTests
{
    public static TheoryData<string, string, string> BrokenReferences() => new()
    {
        { "/articles/0/speeches/0/speakerId", ValidationCodes.UnresolvedPerson, "speakerId" },
        { "/articles/0/speeches/0/organisationId", ValidationCodes.UnresolvedOrganisation, "organisationId" },
        { "/articles/0/event/organisationRoles/1/organisationIds/1", ValidationCodes.UnresolvedOrganisation, "" },
        { "/articles/0/event/participantGroups/0/organisationIds/0", ValidationCodes.UnresolvedOrganisation, "" },
        { "/articles/0/recommendations/2/proponentId", ValidationCodes.UnresolvedPerson, "proponentId" },
        { "/organisations/1/parentId", ValidationCodes.UnresolvedOrganisation, "parentId" },
        { "/people/0/affiliations/0/organisationId", ValidationCodes.UnresolvedOrganisation, "organisationId" },
        { "/publisherId", ValidationCodes.UnresolvedOrganisation, "publisherId" },
        { "/contact/organisationIds/1", ValidationCodes.UnresolvedOrganisation, "" },
        { "/about/organisationId", ValidationCodes.UnresolvedOrganisation, "organisationId" },
    };

    [Theory]
    [MemberData(nameof(BrokenReferences))]
    public void Validate_UnresolvedReference_IsErrorAtTheReference(string pointer, string code, string member)
    {
        _ = member;
        var json = Set(Newsletter, pointer, "nobody");
        var error = Has(Validator().Validate(json), code, pointer);
        Assert.Contains("\"nobody\"", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Validate_UnresolvedReferencesElsewhere_AreErrors()
    {
        var json = Edit(Newsletter, root =>
        {
            root["articles"]![0]!["authorIds"] = new JsonArray("ghost-writer");
            root["articles"]![0]!["event"]!["sessions"]![0]!["speakerIds"] = new JsonArray("liu-qing", "ghost");
        });
        var report = Validator().Validate(json);
        Has(report, ValidationCodes.UnresolvedPerson, "/articles/0/authorIds/0");
        Has(report, ValidationCodes.UnresolvedPerson, "/articles/0/event/sessions/0/speakerIds/1");
        Assert.Equal(2, report.Errors.Count);
    }

    [Fact]
    public void Validate_UnresolvedSubmitter_IsError()
    {
        var json = Edit(Submission, root =>
        {
            root["submittedById"] = "nobody";
            root["contact"] = new JsonObject { ["organisationIds"] = new JsonArray("lmec", "nobody"), ["details"] = new JsonObject() };
        });
        var report = Validator().Validate(json);
        Has(report, ValidationCodes.UnresolvedOrganisation, "/submittedById");
        Has(report, ValidationCodes.UnresolvedOrganisation, "/contact/organisationIds/1");
    }

    [Theory]
    [InlineData("/organisations/2/id", "/organisations/1/id", "fecc")]
    [InlineData("/people/1/id", "/people/0/id", "liu-qing")]
    [InlineData("/articles/0/speeches/1/id", "/articles/0/speeches/0/id", "speech-liu-qing")]
    [InlineData("/people/0/id", "/organisations/0/id", "lmec")]
    public void Validate_DuplicateId_IsErrorAtTheSecond(string second, string first, string id)
    {
        var json = Set(Newsletter, second, id);
        var error = Has(Validator().Validate(json), ValidationCodes.DuplicateId, second);
        Assert.Contains(first.Replace("/id", string.Empty, StringComparison.Ordinal), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ParentCycle_IsErrorAtEveryOrganisationInIt()
    {
        var json = Edit(Newsletter, root =>
        {
            root["organisations"]![2]!["parentId"] = "fecc";
        });
        var report = Validator().Validate(json);
        Has(report, ValidationCodes.ParentCycle, "/organisations/1/parentId");
        Has(report, ValidationCodes.ParentCycle, "/organisations/2/parentId");
        Assert.Contains("fecc → mee → fecc", report.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OwnParent_IsCycle() =>
        Has(Validator().Validate(Set(Newsletter, "/organisations/0/parentId", "lmec")), ValidationCodes.ParentCycle, "/organisations/0/parentId");

    [Fact]
    public void Validate_ParentChainWithoutCycle_IsSilent() =>
        Lacks(Validator().Validate(Set(Newsletter, "/organisations/2/parentId", "ndrc")), ValidationCodes.ParentCycle);

    [Fact]
    public void Validate_DocumentsOneAfterAnother_EachReportIsItsOwn()
    {
        // The rules reuse their walker, index of ids and dates from one validation to the next on a thread.
        var validator = Validator();
        var broken = Edit(Newsletter, root =>
        {
            root["people"]![1]!["id"] = "liu-qing";
            root["articles"]![0]!["event"]!["endDate"] = "2023-04-24";
        });
        var first = validator.Validate(broken);
        Assert.True(validator.Validate(Newsletter).IsValid);
        Assert.Empty(validator.Validate(Newsletter).Errors);
        var again = validator.Validate(broken);

        Has(first, ValidationCodes.DuplicateId, "/people/1/id");
        Has(first, ValidationCodes.EventEndsBeforeStart, "/articles/0/event/endDate");
        Assert.Equal(first.Errors.Select(static error => error.ToString()), again.Errors.Select(static error => error.ToString()));
    }

    [Fact]
    public void Validate_ParentChainIntoACycle_IsErrorOnlyInTheCycle()
    {
        // unep-china-office → unep → sip → unep: the cycle is unep and sip's, not the office's.
        var report = Validator().Validate(Set(Newsletter, "/organisations/4/parentId", "sip"));
        Has(report, ValidationCodes.ParentCycle, "/organisations/4/parentId");
        Has(report, ValidationCodes.ParentCycle, "/organisations/6/parentId");
        Assert.Equal(2, report.Errors.Count);
        Assert.Contains("unep → sip → unep", report.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OrganisationWithAPersonsId_ReferencesToEitherStillResolve()
    {
        // One index holds every id: the person declared after an organisation with the same id is still found.
        var report = Validator().Validate(Set(Newsletter, "/organisations/0/id", "liu-qing"));
        var error = Has(report, ValidationCodes.DuplicateId, "/people/0/id");
        Assert.Contains("/organisations/0", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Errors, static finding => finding.Code == ValidationCodes.UnresolvedPerson);
        Assert.DoesNotContain(report.Errors, static finding => finding.Code == ValidationCodes.UnresolvedOrganisation && finding.Message.Contains("liu-qing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2023-04-24", true)]
    [InlineData("2023-04-25", false)]
    [InlineData("2023-04-26", false)]
    [InlineData("2023-04", false)]
    [InlineData("2023", false)]
    [InlineData("2023-03", true)]
    [InlineData("2022", true)]
    public void Validate_EventEndDate_MustNotPrecedeStart(string endDate, bool fires)
    {
        Assert.Equal(fires, Fires(Set(Newsletter, "/articles/0/event/endDate", endDate), ValidationCodes.EventEndsBeforeStart, "/articles/0/event/endDate"));
    }

    [Theory]
    [InlineData("2023-06-26", true)]
    [InlineData("2023-06-25", false)]
    [InlineData("2023-06", false)]
    [InlineData("2023", false)]
    [InlineData("2023-07", true)]
    [InlineData("2024", true)]
    public void Validate_EventAfterIssue_IsError(string startDate, bool fires)
    {
        Assert.Equal(fires, Fires(Set(Newsletter, "/articles/0/event/startDate", startDate), ValidationCodes.EventAfterIssue, "/articles/0/event/startDate"));
    }

    [Fact]
    public void Validate_EventAfterSubmission_IsNotAnIssueRule() =>
        Lacks(Validator().Validate(Set(Submission, "/article/event/startDate", "2030-01-01")), ValidationCodes.EventAfterIssue);

    [Fact]
    public void Validate_YearNotOfPublicationDate_IsError()
    {
        var error = Single(Validator().Validate(Edit(Newsletter, root => root["year"] = 2022)), ValidationCodes.IssueYearMismatch);
        Assert.Equal("/year", error.Path);
    }

    [Fact]
    public void Validate_RecommendationOrdinalsOutOfOrder_AreErrors()
    {
        var json = Edit(Newsletter, root =>
        {
            root["articles"]![0]!["recommendations"]![1]!["ordinal"] = 3;
            root["articles"]![0]!["recommendations"]![2]!["ordinal"] = 2;
        });
        var report = Validator().Validate(json);
        Has(report, ValidationCodes.RecommendationOrdinals, "/articles/0/recommendations/1/ordinal");
        Has(report, ValidationCodes.RecommendationOrdinals, "/articles/0/recommendations/2/ordinal");
        Assert.Equal(2, report.Errors.Count);
    }

    [Fact]
    public void Validate_TextWithoutPrimaryLanguage_IsError()
    {
        var json = Edit(Newsletter, root => root["articles"]![0]!["headline"] = new JsonObject { ["zh-Hans"] = "研讨会" });
        var error = Single(Validator().Validate(json), ValidationCodes.MissingPrimaryLanguage);
        Assert.Equal("/articles/0/headline", error.Path);
    }

    [Theory]
    [InlineData("english")]
    [InlineData("en_GB")]
    [InlineData("")]
    public void Validate_MalformedLanguage_IsOnlyTheInvalidTagAtLanguage(string language)
    {
        var error = Assert.Single(Validator().Validate(Set(Newsletter, "/language", language)).Errors);
        Assert.Equal((ValidationCodes.InvalidLanguageTag, "/language"), (error.Code, error.Path));
    }

    [Fact]
    public void Validate_LanguageNoTextIsWrittenIn_IsOneFindingAtLanguageNamingTheTextsLanguages()
    {
        var error = Assert.Single(Validator().Validate(Set(Newsletter, "/language", "fr")).Errors);
        Assert.Equal((ValidationCodes.MissingPrimaryLanguage, "/language"), (error.Code, error.Path));
        Assert.Equal(MessageCatalog.Default.Format("LMEC208.none", CultureInfo.InvariantCulture, "fr", "en, zh-Hans", "en"), error.Message);
    }

    [Fact]
    public void Validate_LanguageOnlySomeTextsAreWrittenIn_IsOneFindingPerTextWithoutIt()
    {
        var json = Edit(Set(Newsletter, "/language", "zh-Hans"), root => root["articles"]![0]!["headline"] = new JsonObject { ["en"] = "Symposium" });
        var errors = Validator().Validate(json).Errors;
        Assert.All(errors, error => Assert.Equal(ValidationCodes.MissingPrimaryLanguage, error.Code));
        Assert.True(errors.Count > 1);
        Assert.DoesNotContain(errors, error => error.Path == "/language");
        Assert.Contains(errors, error => error.Path == "/articles/0/headline");
    }

    [Fact]
    public void Validate_TextKeyedByMalformedTag_IsOnlyTheInvalidTag()
    {
        var json = Edit(Newsletter, root => root["title"] = new JsonObject { ["english"] = "Newsletter" });
        var error = Assert.Single(Validator().Validate(json).Errors);
        Assert.Equal((ValidationCodes.InvalidLanguageTag, "/title/english"), (error.Code, error.Path));
    }

    [Fact]
    public void Validate_TextWithoutAnyLanguage_IsOnlyBlankText()
    {
        var json = Edit(Newsletter, root => root["title"] = new JsonObject());
        var error = Assert.Single(Validator().Validate(json).Errors);
        Assert.Equal((ValidationCodes.BlankText, "/title"), (error.Code, error.Path));
    }

    [Fact]
    public void Validate_YearOutOfRange_IsOnlyTheRangeFinding()
    {
        var error = Assert.Single(Validator().Validate(Set(Newsletter, "/year", 20230)).Errors);
        Assert.Equal((ValidationCodes.InvalidInteger, "/year"), (error.Code, error.Path));
    }

    [Fact]
    public void Validate_OrdinalZero_IsOnlyTheRangeFinding()
    {
        var error = Assert.Single(Validator().Validate(Set(Newsletter, "/articles/0/recommendations/0/ordinal", 0)).Errors);
        Assert.Equal((ValidationCodes.InvalidInteger, "/articles/0/recommendations/0/ordinal"), (error.Code, error.Path));
    }

    [Theory]
    [InlineData("/articles/0/event/startDate")]
    [InlineData("/articles/0/event/endDate")]
    [InlineData("/publicationDate")]
    public void Validate_MalformedDate_IsOnlyTheDateFinding(string pointer)
    {
        var error = Assert.Single(Validator().Validate(Set(Newsletter, pointer, "2023-13-45")).Errors);
        Assert.Equal((ValidationCodes.InvalidDate, pointer), (error.Code, error.Path));
    }

    [Fact]
    public void Validate_DocumentInChinese_RequiresChineseTexts()
    {
        var report = Validator().Validate(Set(Newsletter, "/language", "zh-Hans"));
        Has(report, ValidationCodes.MissingPrimaryLanguage, "/title");
        Lacks(report, ValidationCodes.InvalidLanguageTag);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("zh-Hans", true)]
    [InlineData("zh-Hans-CN", true)]
    [InlineData("km-KH", true)]
    [InlineData("es-419", true)]
    [InlineData("de-CH-1996", true)]
    [InlineData("sr-Latn-RS", true)]
    [InlineData("x-private", false)]
    [InlineData("en-a-bbb-x-a-ccc", false)]
    [InlineData("zh-Hans-CN-u-ca-chinese", false)]
    [InlineData("i-klingon", false)]
    [InlineData("EN", true)]
    [InlineData("e", false)]
    [InlineData("english", false)]
    [InlineData("en_US", false)]
    [InlineData("en-", false)]
    [InlineData("zh-Hans\n", false)]
    [InlineData("123", false)]
    [InlineData("toolongprimary", false)]
    [InlineData("", false)]
    public void Validate_LanguageTag_MustHaveTheFormOfTheWireFormat(string tag, bool valid)
    {
        Assert.Equal(valid, !Fires(Edit(Newsletter, root => root["title"]![tag] = "x"), ValidationCodes.InvalidLanguageTag));
    }

    [Fact]
    public void Validate_DocumentLanguageMalformed_IsErrorAtLanguage() =>
        Has(Validator().Validate(Set(Newsletter, "/language", "en_GB")), ValidationCodes.InvalidLanguageTag, "/language");

    [Theory]
    [InlineData("CN", true)]
    [InlineData("VN", true)]
    [InlineData("cn", false)]
    [InlineData("UK", false)]
    [InlineData("XK", false)]
    [InlineData("CHN", false)]
    [InlineData("C", false)]
    public void Validate_CountryCode_MustBeIso3166Alpha2(string code, bool valid)
    {
        Assert.Equal(valid, !Fires(Set(Newsletter, "/articles/0/event/location/countryCode", code), ValidationCodes.InvalidCountryCode, "/articles/0/event/location/countryCode"));
    }

    [Theory]
    [InlineData("li.xia@fecomce.org.cn", true)]
    [InlineData("a+b@example.org", true)]
    [InlineData("li.xia@fecomce.org.cn\n", false)]
    [InlineData(" li.xia@fecomce.org.cn", false)]
    [InlineData("li.xia@localhost", false)]
    [InlineData("li xia@example.org", false)]
    [InlineData("@example.org", false)]
    [InlineData("li.xia", false)]
    [InlineData("mailto:li.xia@example.org", false)]
    public void Validate_Email_MustBeAnAddress(string email, bool valid)
    {
        Assert.Equal(valid, !Fires(Set(Newsletter, "/contact/details/emails/1", email), ValidationCodes.InvalidEmail, "/contact/details/emails/1"));
    }

    [Theory]
    [InlineData("+861082268242", true)]
    [InlineData("+86 10 82268242", false)]
    [InlineData("+86-10-82268242", false)]
    [InlineData("861082268242", false)]
    [InlineData("+0861082268242", false)]
    [InlineData("+8610822682429999", false)]
    [InlineData("+861082268242\n", false)]
    public void Validate_PhoneNumber_MustBeE164(string number, bool valid)
    {
        Assert.Equal(valid, !Fires(Set(Newsletter, "/contact/details/faxes/0/number", number), ValidationCodes.InvalidPhoneNumber, "/contact/details/faxes/0/number"));
    }

    [Theory]
    [InlineData("http://en.lmec.org.cn/", true)]
    [InlineData("https://lmec.org.cn/a?b=c#d", true)]
    [InlineData("mailto:li.xia@fecomce.org.cn", true)]
    [InlineData("mailto:", false)]
    [InlineData("mailto:lmec", false)]
    [InlineData("mailto:li.xia@fecomce.org.cn?subject=LMEC", false)]
    [InlineData("HTTPS://EN.LMEC.ORG.CN/", false)]
    [InlineData("https://例子.cn/", false)]
    [InlineData("https://a_b.lmec.org.cn/", false)]
    [InlineData("http://en.lmec.org.cn:65536/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("/relative/path", false)]
    [InlineData("en.lmec.org.cn", false)]
    [InlineData("http://", false)]
    [InlineData(" http://en.lmec.org.cn/", false)]
    [InlineData("http://en.lmec.org.cn/ x", false)]
    public void Validate_WebLink_MustBeHttpHttpsOrMailto(string url, bool valid)
    {
        Assert.Equal(valid, !Fires(Set(Newsletter, "/contact/details/website", url), ValidationCodes.InvalidUrl, "/contact/details/website"));
    }

    [Fact]
    public void Validate_SchemaAndSocialUrls_AreChecked()
    {
        var json = Edit(Newsletter, root =>
        {
            root["$schema"] = "schemas/newsletter.json";
            root["contact"]!["details"]!["socialAccounts"]![0]!["url"] = "javascript:void(0)";
        });
        var report = Validator().Validate(json);
        Has(report, ValidationCodes.InvalidUrl, "/$schema");
        Has(report, ValidationCodes.InvalidUrl, "/contact/details/socialAccounts/0/url");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Validate_BlankText_IsError(string text)
    {
        var report = Validator().Validate(Set(Newsletter, "/title/en", text));
        Has(report, ValidationCodes.BlankText, "/title/en");
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Validate_BlankAbbreviation_IsError() =>
        Has(Validator().Validate(Set(Newsletter, "/organisations/0/abbreviation", " ")), ValidationCodes.BlankText, "/organisations/0/abbreviation");

    [Theory]
    [InlineData("liu-qing", true)]
    [InlineData("lmec-newsletter-2023-issue-6", true)]
    [InlineData("Liu-Qing", false)]
    [InlineData("liu_qing", false)]
    [InlineData("liu--qing", false)]
    [InlineData("-liu", false)]
    [InlineData("liu-qing\n", false)]
    [InlineData("liu\u200Bqing", false)]
    [InlineData("liu\u202Eqing", false)]
    [InlineData("刘青", false)]
    [InlineData("issue-٦", false)]
    [InlineData("", false)]
    public void Validate_Id_MustBeAsciiSlug(string id, bool valid)
    {
        var json = Edit(Newsletter, root => root["id"] = id);
        Assert.Equal(valid, !Fires(json, ValidationCodes.InvalidId, "/id"));
    }

    [Theory]
    [InlineData("\u200B", "U+200B")]
    [InlineData("\u202E", "U+202E")]
    [InlineData("\u2066", "U+2066")]
    [InlineData("\u0007", "U+0007")]
    [InlineData("\uFEFF", "U+FEFF")]
    public void Validate_InvisibleCharacterInId_IsErrorNamingIt(string character, string name)
    {
        var error = Has(Validator().Validate(Set(Newsletter, "/people/0/id", "liu" + character + "qing")), ValidationCodes.InvalidId, "/people/0/id");
        Assert.Equal(ValidationSeverity.Error, error.Severity);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(character, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TopicNotSlug_IsError() =>
        Has(Validator().Validate(Set(Newsletter, "/articles/0/topics/0", "Climate Change")), ValidationCodes.InvalidId, "/articles/0/topics/0");

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u202E")]
    [InlineData("\u2069")]
    [InlineData("\u0000")]
    [InlineData("\u0085")]
    [InlineData("\uFDD0")]
    [InlineData("\uFFFF")]
    [InlineData("\U0001FFFE")]
    public void Validate_InvisibleCharacterInText_IsWarning(string character)
    {
        var report = Validator().Validate(Set(Newsletter, "/title/en", "News" + character + "letter"));
        var warning = Has(report, ValidationCodes.SuspiciousCharacter, "/title/en");
        Assert.Equal(ValidationSeverity.Warning, warning.Severity);
        Assert.True(report.IsValid);
    }

    [Theory]
    [InlineData("Line one\nline two\tand a tab")]
    [InlineData("澜沧江-湄公河环境合作中心")]
    [InlineData("🌿 green")]
    public void Validate_OrdinaryText_HasNoCharacterWarning(string text) =>
        Lacks(Validator().Validate(Set(Newsletter, "/title/en", text)), ValidationCodes.SuspiciousCharacter);

    [Theory]
    [InlineData("<b>Newsletter</b>", "<b>")]
    [InlineData("News<script>alert(1)</script>", "<script>")]
    [InlineData("News <img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>")]
    [InlineData("Tom &amp; Jerry", "&amp;")]
    [InlineData("<!-- hidden -->", "<!-- hidden -->")]
    public void Validate_HtmlInText_IsWarningAndTextIsKept(string text, string markup)
    {
        var json = Set(Newsletter, "/title/en", text);
        var result = Validator().Read<NewsletterIssue>(json);
        var warning = Has(result.Report, ValidationCodes.HtmlInText, "/title/en");
        Assert.Equal(ValidationSeverity.Warning, warning.Severity);
        Assert.Contains(markup, warning.Message, StringComparison.Ordinal);
        Assert.True(result.IsValid);
        Assert.Equal(text, result.Document.Title["en"]);
    }

    [Theory]
    [InlineData("a < b and c > d")]
    [InlineData("R&D")]
    [InlineData("Q&A; then lunch")]
    public void Validate_TextWithAngleBracketsOrAmpersands_IsNotMarkup(string text) =>
        Lacks(Validator().Validate(Set(Newsletter, "/title/en", text)), ValidationCodes.HtmlInText);

    [Theory]
    [InlineData("1.0", true)]
    [InlineData("1.3", true)]
    [InlineData("2.0", false)]
    [InlineData("1", false)]
    [InlineData("1.0.0", false)]
    [InlineData("v1.0", false)]
    public void Validate_SchemaVersion_MustBeVersionOne(string version, bool valid)
    {
        Assert.Equal(valid, !Fires(Set(Newsletter, "/schemaVersion", version), ValidationCodes.UnsupportedSchemaVersion));
    }

    [Fact]
    public void Validate_ManyRuleProblems_ReportsEveryOne()
    {
        var json = Edit(Newsletter, root =>
        {
            root["year"] = 2022;
            root["articles"]![0]!["speeches"]![0]!["speakerId"] = "a";
            root["articles"]![0]!["speeches"]![1]!["speakerId"] = "b";
            root["contact"]!["details"]!["website"] = "ftp://x";
        });
        var codes = Validator().Validate(json).Errors.Select(error => error.Code).Order(StringComparer.Ordinal);
        Assert.Equal([ValidationCodes.UnresolvedPerson, ValidationCodes.UnresolvedPerson, ValidationCodes.IssueYearMismatch, ValidationCodes.InvalidUrl], codes);
    }

    [Theory]
    [InlineData("/articles/0/topics/2", "climate-resilient-infrastructure", "/articles/0/topics/0")]
    [InlineData("/articles/0/event/organisationRoles/1/organisationIds/1", "lmec", "/articles/0/event/organisationRoles/1/organisationIds/0")]
    [InlineData("/articles/0/event/participantGroups/2/countryCodes/2", "KH", "/articles/0/event/participantGroups/2/countryCodes/0")]
    [InlineData("/contact/details/emails/1", "qian.zhaohui@fecomce.org.cn", "/contact/details/emails/0")]
    public void Validate_StringListNamingAValueTwice_IsErrorAtTheRepeat(string repeat, string value, string first)
    {
        var report = Validator().Validate(Set(Newsletter, repeat, value));

        var error = Has(report, ValidationCodes.DuplicateListItem, repeat);
        Assert.Equal(ValidationSeverity.Error, error.Severity);
        Assert.Contains($"index {first[(first.LastIndexOf('/') + 1)..]}", error.Message, StringComparison.Ordinal);
        Assert.False(report.IsValid);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Validate_StringListWithRepeats_ReportsEachRepeatNamingTheFirst(int length)
    {
        // Short lists are compared item by item, long ones indexed: both report the same.
        var topics = Enumerable.Range(0, length).Select(static i => $"topic-{i}").Append("topic-1").Append("topic-1").Append($"topic-{length - 1}");
        var json = Edit(Newsletter, root => root["articles"]![0]!["topics"] = new JsonArray([.. topics.Select(static topic => JsonValue.Create(topic))]));

        var repeats = Validator().Validate(json).Errors.Where(static error => error.Code == ValidationCodes.DuplicateListItem).Select(static error => (error.Path, error.Message[(error.Message.LastIndexOf("index ", StringComparison.Ordinal) + 6)..].Split(' ')[0]));

        Assert.Equal([($"/articles/0/topics/{length}", "1"), ($"/articles/0/topics/{length + 1}", "1"), ($"/articles/0/topics/{length + 2}", $"{length - 1}")], repeats);
    }

    [Fact]
    public void Validate_SameValueInDifferentLists_IsSilent() =>
        Assert.False(Fires(Set(Newsletter, "/articles/0/event/organisationRoles/2/organisationIds/0", "lmec"), ValidationCodes.DuplicateListItem));

    [Theory]
    [InlineData("/organisations/0/abbreviation", 50, 1, false)]
    [InlineData("/organisations/0/abbreviation", 51, 1, true)]
    [InlineData("/organisations/0/abbreviation", 50, 2, false)]
    [InlineData("/organisations/0/id", 100, 1, false)]
    [InlineData("/organisations/0/id", 101, 1, true)]
    [InlineData("/title/en", 10_000, 1, false)]
    [InlineData("/title/en", 10_001, 1, true)]
    [InlineData("/title/en", 10_000, 2, false)]
    public void Validate_ValueLongerThanItsMemberAllows_IsErrorCountingCodePoints(string pointer, int codePoints, int unitsEach, bool fires)
    {
        // Two UTF-16 units each: a character outside the BMP counts once, as the schemas' maxLength counts it.
        var value = unitsEach == 1 ? new string('a', codePoints) : string.Concat(Enumerable.Repeat("🌏", codePoints));
        var report = Validator().Validate(Set(Newsletter, pointer, value));

        Assert.Equal(fires, report.Errors.Any(error => error.Code == ValidationCodes.ValueTooLong && error.Path == pointer));
        if (fires)
        {
            Assert.Contains($"{codePoints} characters", Has(report, ValidationCodes.ValueTooLong, pointer).Message, StringComparison.Ordinal);
        }
    }

    private static bool Fires(string json, string code, string? path = null) =>
        Validator().Validate(json).Errors.Any(error => error.Code == code && (path is null || error.Path == path));

    private static string Set(string json, string pointer, JsonNode? value) => Edit(json, root =>
    {
        var tokens = JsonPointer.Parse(pointer);
        var parent = root;
        foreach (var token in tokens.Take(tokens.Count - 1))
        {
            parent = parent is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]! : parent[token]!;
        }

        if (parent is JsonArray list)
        {
            list[int.Parse(tokens[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[tokens[^1]] = value;
        }
    });
}
