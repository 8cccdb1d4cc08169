using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation;

/// <summary>Validation of models built in code: what the typed reader would reject, then the rules; no lines.</summary>
public class ModelValidationTests
{
    private static NewsletterIssue Issue => ContentJson.Deserialize<NewsletterIssue>(Newsletter);

    [Fact]
    public void Validate_ModelWithBrokenReference_ReportsWirePointerWithoutLine()
    {
        var issue = Issue;
        var article = issue.Articles[0] with { Speeches = [issue.Articles[0].Speeches[0] with { SpeakerId = "nobody" }] };
        var error = Single(Validator().Validate(issue with { Articles = [article] }), ValidationCodes.UnresolvedPerson);
        Assert.Equal("/articles/0/speeches/0/speakerId", error.Path);
        Assert.Null(error.Line);
        Assert.Null(error.Column);
    }

    [Fact]
    public void Validate_ModelWithRequiredMemberNull_ReportsMissingAndSkipsRules()
    {
        var issue = Issue with { PublisherId = null!, Title = null!, Year = 1999 };
        var report = Validator().Validate(issue);
        Has(report, ValidationCodes.MissingMember, "/publisherId");
        Has(report, ValidationCodes.MissingMember, "/title");
        Lacks(report, ValidationCodes.IssueYearMismatch);
    }

    [Fact]
    public void Validate_ModelWithNullInListAndUndefinedEnum_ReportsBoth()
    {
        var issue = Issue;
        var speech = issue.Articles[0].Speeches[0] with { Kind = (SpeechKind)42 };
        var article = issue.Articles[0] with { Speeches = [speech], Topics = ["energy", null!] };
        var report = Validator().Validate(issue with { Articles = [article] });
        Has(report, ValidationCodes.InvalidEnumValue, "/articles/0/speeches/0/kind");
        Has(report, ValidationCodes.NullValue, "/articles/0/topics/1");
    }

    [Fact]
    public void Validate_ModelReadLeniently_ReportsKeptMembersBySeverityOfMode()
    {
        var json = Edit(Minimal, root => root["extra"] = 1);
        var document = ContentJson.Deserialize<ContentDocument>(json, ContentReadMode.Lenient);
        Assert.Equal(ValidationSeverity.Error, Has(Validator().Validate(document), ValidationCodes.UnknownMember, "/extra").Severity);
        Assert.Equal(ValidationSeverity.Warning, Has(Validator(options => options.ReadMode = Lenient).Validate(document), ValidationCodes.UnknownMember, "/extra").Severity);
    }

    [Fact]
    public void Validate_ModelWithStructureValidator_RunsItOnWrittenJsonWithoutLines()
    {
        var structure = new RecordingStructureValidator(_ => [new ValidationError { Code = "LMEC301", Severity = ValidationSeverity.Error, Path = "/title", Message = "m", Line = 3, Column = 4 }]);
        var error = Single(Validator(structure: [structure]).Validate(Issue), "LMEC301");
        Assert.Null(error.Line);
        Assert.Equal(DocumentKind.NewsletterIssue, structure.LastKind);
    }

    [Fact]
    public void Validate_ModelWithLoneSurrogate_IsErrorEvenWithStructureValidators()
    {
        var structure = new RecordingStructureValidator();
        var issue = Issue with { Title = new LocalizedText("en", "News\uD800") };
        var report = Validator(structure: [structure]).Validate(issue);
        Assert.Equal("/title/en", Single(report, ValidationCodes.InvalidUnicode).Path);
        Assert.Equal(0, structure.Calls);
    }

    [Fact]
    public void Validate_ModelWhoseJsonBreaksALimit_ReportsTheFrontEndFindingsWithoutLinesInsteadOfRunningStructureValidators()
    {
        var structure = new RecordingStructureValidator();
        var report = Validator(options => options.Limits.MaxStringLength = 5, [structure]).Validate(Issue);
        var errors = report.Errors.Where(error => error.Code == ValidationCodes.StringTooLong).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, error => Assert.Null(error.Line));
        Assert.Contains(errors, error => error.Path == "/title/en");
        Assert.Equal(0, structure.Calls);
    }

    [Fact]
    public void Validate_NullModel_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Validator().Validate((ContentDocument)null!));
}
