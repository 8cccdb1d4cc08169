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

    [Theory]
    [InlineData("2566", "2023")]
    [InlineData("2566-04", "2023-04")]
    public void Validate_BuddhistEraYearInADateOfReducedPrecision_SaysWhatToWriteAtTheSamePrecision(string endDate, string gregorian)
    {
        var report = Validator().Validate(Edit(Newsletter, root => root["articles"]![0]!["event"]!["endDate"] = endDate));

        var warning = Assert.Single(report.Errors);
        Assert.Equal((ValidationCodes.FarYear, "/articles/0/event/endDate"), (warning.Code, warning.Path));
        Assert.StartsWith($"2566 looks like a Thai Buddhist Era year; subtract 543: \"{gregorian}\".", warning.Message, StringComparison.Ordinal);
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

    // The year is the one cause: the event does not start after the issue, nor the issue's year differ from its
    // date, once the Buddhist Era year is read as the Gregorian one.
    [Theory]
    [InlineData("/articles/0/event/startDate", "2566-04-25")]
    [InlineData("/publicationDate", "2566-06-25")]
    public void Validate_BuddhistEraYearThatBreaksADateComparison_IsTheOnlyFinding(string pointer, string date)
    {
        var report = Validator().Validate(Edit(Newsletter, root => Set(root, pointer, date)));

        var warning = Assert.Single(report.Errors);
        Assert.Equal((ValidationCodes.FarYear, pointer), (warning.Code, warning.Path));
        Assert.True(report.IsValid);
    }

    [Theory]
    [InlineData("/articles/0/event/startDate", "2566-04-25", ValidationCodes.EventAfterIssue)]
    [InlineData("/publicationDate", "2566-06-25", ValidationCodes.IssueYearMismatch)]
    public void Validate_FarYearSwitchedOff_LeavesTheDateComparisonsTheirErrors(string pointer, string date, string code)
    {
        var report = Validator(options => options.DisableRule(ValidationCodes.FarYear)).Validate(Edit(Newsletter, root => Set(root, pointer, date)));

        Assert.Contains(report.Errors, error => error.Code == code);
        Lacks(report, ValidationCodes.FarYear);
        Assert.False(report.IsValid);
    }

    private static void Set(System.Text.Json.Nodes.JsonNode root, string pointer, string value)
    {
        var names = pointer.Split('/')[1..];
        var parent = root;
        foreach (var name in names[..^1])
        {
            parent = int.TryParse(name, out var index) ? parent[index]! : parent[name]!;
        }

        parent[names[^1]] = value;
    }
}
