using System.Text.Json.Nodes;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation;

/// <summary>Layer 2: every unknown, missing, null or mistyped member at once (bad-inputs.md rows on members, enums, dates).</summary>
public class StructureValidationTests
{
    [Theory]
    [InlineData("zz", "LMEC101")]
    [InlineData("$type", "LMEC101")]
    [InlineData("$id", "LMEC101")]
    [InlineData("Headline", "LMEC101.suggest")]
    public void Validate_UnknownMemberStrict_IsErrorAtTheMember(string name, string messageKey)
    {
        var json = Edit(Newsletter, root => root["articles"]![0]![name] = 1);
        var report = Validator().Validate(json);
        var error = Has(report, ValidationCodes.UnknownMember, "/articles/0/" + name);
        Assert.Equal(ValidationSeverity.Error, error.Severity);
        Assert.False(report.IsValid);
        if (messageKey.EndsWith("suggest", StringComparison.Ordinal))
        {
            Assert.Contains("\"headline\"", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_UnknownMemberLenient_IsWarningAndKeptOnRoundTrip()
    {
        var json = Edit(Newsletter, root =>
        {
            root["future"] = new JsonObject { ["a"] = new JsonArray(1, 2) };
            root["organisations"]![0]!["rating"] = "AAA";
        });
        var result = Validator(options => options.ReadMode = Lenient).Read<NewsletterIssue>(json);
        Assert.True(result.IsValid, string.Join("\n", result.Report.Errors));
        Assert.Equal(ValidationSeverity.Warning, Has(result.Report, ValidationCodes.UnknownMember, "/future").Severity);
        Has(result.Report, ValidationCodes.UnknownMember, "/organisations/0/rating");
        var written = JsonNode.Parse(ContentJson.Serialize(result.Document))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written));
    }

    [Fact]
    public void Validate_ManyStructuralProblems_ReportsEveryOne()
    {
        var json = Edit(Newsletter, root =>
        {
            root.AsObject().Remove("title");
            root["year"] = "2023";
            root["issueNumber"] = 6.5;
            root["articles"]![0]!["speeches"]![1]!["kind"] = 3;
            root["articles"]![0]!["speeches"]![2]!["kind"] = "keynoteSpeech";
            root["articles"]![0]!["headline"] = null;
            root["organisations"]![1] = null;
            root["articles"]![0]!["topics"]![0] = null;
            root["people"]![0]!["nickname"] = "x";
        });
        var report = Validator().Validate(json);
        Has(report, ValidationCodes.MissingMember, "/title");
        Has(report, ValidationCodes.WrongType, "/year");
        Has(report, ValidationCodes.InvalidInteger, "/issueNumber");
        Has(report, ValidationCodes.InvalidEnumValue, "/articles/0/speeches/1/kind");
        Has(report, ValidationCodes.InvalidEnumValue, "/articles/0/speeches/2/kind");
        Has(report, ValidationCodes.NullValue, "/articles/0/headline");
        Has(report, ValidationCodes.NullValue, "/organisations/1");
        Has(report, ValidationCodes.NullValue, "/articles/0/topics/0");
        Has(report, ValidationCodes.UnknownMember, "/people/0/nickname");
        Assert.All(report.Errors, error => Assert.NotNull(error.Line));
    }

    [Theory]
    [InlineData("null", "null")]
    [InlineData("[]", "a list, written from [ to ]")]
    [InlineData("\"x\"", "text in double quotes")]
    [InlineData("42", "a number")]
    public void Validate_RootNotAnObject_IsError(string json, string found)
    {
        var error = Single(Validator().Validate(json), ValidationCodes.NotAnObject);
        Assert.Equal(JsonPointer.Root, error.Path);
        Assert.EndsWith(found + ".", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","language":"en"}""", ValidationCodes.MissingMember)]
    [InlineData("""{"kind":"magazine"}""", ValidationCodes.InvalidEnumValue)]
    [InlineData("""{"kind":2}""", ValidationCodes.InvalidEnumValue)]
    public void Validate_NoKnownKind_ReportsKind(string json, string code) =>
        Has(Validator().Validate(json), code, "/kind");

    [Fact]
    public void Read_DocumentOfAnotherKind_ReportsKindMismatchOnly()
    {
        var report = Validator().Read<NewsletterIssue>(Submission).Report;
        var error = Single(report, ValidationCodes.KindMismatch);
        Assert.Equal("/kind", error.Path);
        Assert.Single(report.Errors);
    }

    [Theory]
    [InlineData("2023-13-01")]
    [InlineData("2023-02-30")]
    [InlineData("2023-6-25")]
    [InlineData("2023-06-25T00:00:00Z")]
    [InlineData("25/06/2023")]
    public void Validate_InvalidDate_IsError(string date) =>
        Has(Validator().Validate(Edit(Newsletter, root => root["publicationDate"] = date)), ValidationCodes.InvalidDate, "/publicationDate");

    [Theory]
    [InlineData("2023-05-10T09:30:00")]
    [InlineData("2023-05-10")]
    [InlineData("2023-13-10T09:30:00+08:00")]
    [InlineData("2016-12-31T23:59:60Z")]
    [InlineData("2023-05-10 09:30:00+08:00")]
    public void Validate_InvalidTimestamp_IsError(string timestamp) =>
        Has(Validator().Validate(Edit(Submission, root => root["submittedAt"] = timestamp)), ValidationCodes.InvalidTimestamp, "/submittedAt");

    [Theory]
    [InlineData("2023-05-10T09:30:00+08:00")]
    [InlineData("2023-05-10T01:30:00Z")]
    [InlineData("2023-05-10T01:30:00.123Z")]
    public void Validate_TimestampWithOffset_IsAccepted(string timestamp) =>
        Assert.True(Validator().Validate(Edit(Submission, root => root["submittedAt"] = timestamp)).IsValid);

    [Fact]
    public void Validate_LanguageTagTwiceInOtherCase_IsError()
    {
        var json = Edit(Newsletter, root => root["title"]!["EN"] = "Newsletter");
        Has(Validator().Validate(json), ValidationCodes.DuplicateLanguage, "/title/EN");
    }

    [Fact]
    public void Validate_TextWithNonStringValue_IsWrongType()
    {
        var json = Edit(Newsletter, root => root["title"]!["en"] = 5);
        Has(Validator().Validate(json), ValidationCodes.WrongType, "/title/en");
    }

    [Fact]
    public void Validate_StructureError_SkipsRulesButRunsStructureValidators()
    {
        var structure = new RecordingStructureValidator();
        var json = Edit(Newsletter, root =>
        {
            root["year"] = "x";
            root["articles"]![0]!["speeches"]![0]!["speakerId"] = "nobody";
        });
        var report = Validator(structure: [structure]).Validate(json);
        Lacks(report, ValidationCodes.UnresolvedPerson);
        Assert.Equal(1, structure.Calls);
        Assert.Equal(DocumentKind.NewsletterIssue, structure.LastKind);
    }
}
