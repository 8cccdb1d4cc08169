using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation.Regional;

/// <summary>LMEC221: a year far from the document's date is a warning that names the likely cause, a Thai Buddhist Era year.</summary>
public class FarYearRuleTests
{
    [Fact]
    public void Validate_BuddhistEraYearInAnEventsEnd_IsOneWarningSayingWhatToWrite()
    {
        var report = Validator().Validate(Edit(Newsletter, root => root["articles"]![0]!["event"]!["endDate"] = "2566-04-26"));

        var warning = Assert.Single(report.Errors);
        Assert.Equal((ValidationCodes.FarYear, ValidationSeverity.Warning, "/articles/0/event/endDate"), (warning.Code, warning.Severity, warning.Path));
        Assert.StartsWith("2566 looks like a Thai Buddhist Era year; subtract 543: \"2023-04-26\".", warning.Message, StringComparison.Ordinal);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_BuddhistEraYearInTheDocumentsOwnDate_IsReportedThere()
    {
        var report = Validator().Validate(Edit(Newsletter, root => root["publicationDate"] = "2566-06-25"));

        var warning = Single(report, ValidationCodes.FarYear);
        Assert.Equal("/publicationDate", warning.Path);
        Assert.Contains("subtract 543: \"2023-06-25\"", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BuddhistEraYearInATimestamp_WritesTheGregorianTimestamp()
    {
        var report = Validator().Validate(Edit(Submission, root =>
        {
            root["submittedAt"] = "2566-05-10T09:30:00+07:00";
            root["article"]!["datePublished"] = "2023-05-10";
        }));

        var warning = Single(report, ValidationCodes.FarYear);
        Assert.Equal("/submittedAt", warning.Path);
        Assert.Contains("subtract 543: \"2023-05-10T09:30:00+07:00\"", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FarYearThatIsNoBuddhistEraYear_SaysItIsFarFromTheDocumentsDate()
    {
        var warning = Single(Validator().Validate(Edit(Newsletter, root => root["articles"]![0]!["event"]!["endDate"] = "3023-04-26")), ValidationCodes.FarYear);

        Assert.StartsWith("The year 3023 is more than 100 years from the document's date, 2023-06-25;", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Buddhist", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-04-26")]
    [InlineData("1990-04-26")]
    [InlineData("2123-06-25")]
    public void Validate_YearWithinAHundredYearsOfTheDocumentsDate_HasNoWarning(string endDate) =>
        Lacks(Validator().Validate(Edit(Newsletter, root =>
        {
            root["articles"]![0]!["event"]!["startDate"] = endDate;
            root["articles"]![0]!["event"]!["endDate"] = endDate;
        })), ValidationCodes.FarYear);

    [Fact]
    public void Validate_DocumentWithoutItsOwnDate_ComparesWithTheMiddleOfItsDates()
    {
        var warning = Single(Validator().Validate(Edit(Submission, root =>
        {
            root.AsObject().Remove("submittedAt");
            root["article"]!["datePublished"] = "2566-05-10";
        })), ValidationCodes.FarYear);

        Assert.Equal("/article/datePublished", warning.Path);
    }
}
