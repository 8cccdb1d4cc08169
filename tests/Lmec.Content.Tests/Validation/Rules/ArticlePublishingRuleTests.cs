using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Tests.Generators;
using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation.Rules;

/// <summary>LMEC234, LMEC236 and LMEC255: an article's publication time, its translations and its contributors.</summary>
public class ArticlePublishingRuleTests
{
    [Theory]
    [InlineData("2023-12-05T21:00:00+07:00", "2023-12-05", false)]
    [InlineData("2023-12-05T01:00:00+07:00", "2023-12-05", false)] // 4 December in UTC: the date is read at the offset.
    [InlineData("2023-12-05T21:00:00+07:00", "2023-12-06", true)] // 6 December in UTC is not the publisher's day either.
    [InlineData("2023-12-04T23:30:00-05:00", "2023-12-05", true)]
    public void Validate_PublishedAtAndDatePublished_AgreeOnTheDayAtTheOffset(string publishedAt, string datePublished, bool fires)
    {
        var report = Validator().Validate(Article(article =>
        {
            article["publishedAt"] = publishedAt;
            article["datePublished"] = datePublished;
        }));

        if (fires)
        {
            var error = Has(report, ValidationCodes.PublicationTimeMismatch, "/article/publishedAt");
            Assert.Contains(datePublished, error.Message, StringComparison.Ordinal);
        }
        else
        {
            Lacks(report, ValidationCodes.PublicationTimeMismatch);
        }
    }

    [Property(Arbitrary = [typeof(ContentArbitraries)])]
    public bool Validate_AnyPublicationTime_FitsExactlyTheDateOfItsOwnOffset(DateTimeOffset publishedAt, int shift)
    {
        var onItsDay = DateOnly.FromDateTime(publishedAt.DateTime);
        var datePublished = onItsDay.AddDays(shift % 3);
        var document = ContentJson.Deserialize<ArticleDocument>(Submission);
        var report = Validator().Validate(document with { Article = document.Article with { PublishedAt = publishedAt, DatePublished = datePublished } });

        return report.Errors.Any(error => error.Code == ValidationCodes.PublicationTimeMismatch) == (datePublished != onItsDay);
    }

    [Fact]
    public void Validate_PublishedAtAlone_IsValid() =>
        Assert.True(Validator().Validate(Article(article => article["publishedAt"] = "2023-12-05T21:00:00+07:00")).IsValid);

    [Fact]
    public void Validate_PublishedAtInABuddhistEraYear_IsReportedAsFarOnly()
    {
        var report = Validator().Validate(Article(article =>
        {
            article["publishedAt"] = "2566-12-05T21:00:00+07:00";
            article["datePublished"] = "2023-12-05";
        }));

        Has(report, ValidationCodes.FarYear, "/article/publishedAt");
        Lacks(report, ValidationCodes.PublicationTimeMismatch);
    }

    [Theory]
    [InlineData("""{"role": "photographer"}""", true)]
    [InlineData("""{"role": "reporter", "name": {"en": "Xinhua"}}""", false)]
    [InlineData("""{"role": "author", "personId": "zhang-jianxin"}""", false)]
    [InlineData("""{"role": "translator", "personId": "zhang-jianxin", "name": {"en": "Zhang Jianxin"}}""", false)]
    public void Validate_Contributor_IsAPersonOrAName(string contributor, bool fires)
    {
        var report = Validator().Validate(Article(article => article["contributors"] = new JsonArray(JsonNode.Parse("""{"role": "editor", "name": {"en": "Desk"}}"""), JsonNode.Parse(contributor))));

        Assert.Equal(fires, report.Errors.Any(error => error.Code == ValidationCodes.ContributorNotIdentified && error.Path == "/article/contributors/1"));
        Assert.Equal(fires, !report.IsValid);
    }

    [Fact]
    public void Validate_ContributorOfAnUndeclaredPerson_IsUnresolved() =>
        Has(Validator().Validate(Article(article => article["contributors"] = new JsonArray(JsonNode.Parse("""{"role": "author", "personId": "nobody"}""")))), ValidationCodes.UnresolvedPerson, "/article/contributors/0/personId");

    [Fact]
    public void Validate_ContributorOfAnUnknownRole_IsInvalidEnumValue() =>
        Has(Validator().Validate(Article(article => article["contributors"] = new JsonArray(JsonNode.Parse("""{"role": "ghostwriter", "name": {"en": "X"}}""")))), ValidationCodes.InvalidEnumValue, "/article/contributors/0/role");

    [Theory]
    [InlineData("en", "en")]
    [InlineData("en", "EN")]
    public void Validate_TranslationFromItsOwnLanguage_IsInvalidAtFrom(string language, string from)
    {
        var error = Single(Validator().Validate(Translated(language, from)), ValidationCodes.InvalidTranslation);

        Assert.Equal("/article/translations/0/from", error.Path);
    }

    [Fact]
    public void Validate_TranslationIntoALanguageNoTextIsIn_IsInvalidAtLanguageAndNamesTheTextsLanguages()
    {
        var error = Single(Validator().Validate(Translated("fr", "th")), ValidationCodes.InvalidTranslation);

        Assert.Equal("/article/translations/0/language", error.Path);
        Assert.Contains("\"fr\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("(en", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "th")] // The original need not be in the document.
    [InlineData("EN", "zh-Hans")] // Tags compare without regard to case.
    public void Validate_TranslationIntoALanguageOfTheTexts_IsValid(string language, string from) =>
        Assert.True(Validator().Validate(Translated(language, from)).IsValid);

    [Fact]
    public void Validate_TranslationIntoALanguageOnlyAnotherTextIsIn_IsValid()
    {
        var text = Edit(Translated("th", "en"), root => root["article"]!["summary"]!["th"] = "สรุป");

        Assert.True(Validator().Validate(text).IsValid);
    }

    [Fact]
    public void Validate_TranslationWithAMalformedTag_IsLeftToTheTagCheck()
    {
        var report = Validator().Validate(Translated("en_GB", "en_GB"));

        Has(report, ValidationCodes.InvalidLanguageTag, "/article/translations/0/language");
        Lacks(report, ValidationCodes.InvalidTranslation);
    }

    [Fact]
    public void Validate_TranslationIntoALanguageNoTextIsIn_IsNotAPrimaryLanguageFinding() =>
        Lacks(Validator().Validate(Translated("fr", "th")), ValidationCodes.MissingPrimaryLanguage);

    [Theory]
    [InlineData("kunming-declaration", false)]
    [InlineData("paris-agreement", true)]
    public void Validate_ArticleAboutADocument_RefersToADeclaredDocument(string id, bool fires)
    {
        var text = Edit(Submission, root =>
        {
            root["documents"] = new JsonArray(JsonNode.Parse("""{"id": "kunming-declaration", "kind": "declaration", "title": {"en": "Kunming Declaration"}}"""));
            root["article"]!["documentIds"] = new JsonArray(id);
        });
        var report = Validator().Validate(text);

        Assert.Equal(fires, report.Errors.Any(error => error.Code == ValidationCodes.UnresolvedDocument && error.Path == "/article/documentIds/0"));
        Assert.Equal(fires, !report.IsValid);
    }

    private static string Translated(string language, string from) =>
        Article(article => article["translations"] = new JsonArray(new JsonObject { ["language"] = language, ["from"] = from, ["method"] = "machineReviewed", ["reviewed"] = true }));

    private static string Article(Action<JsonNode> edit) => Edit(Submission, root => edit(root["article"]!));
}
