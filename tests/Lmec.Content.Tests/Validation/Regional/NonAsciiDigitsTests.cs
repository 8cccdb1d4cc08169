using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation.Regional;

/// <summary>LMEC222: digits of another script where the format reads digits get one finding that says to write 0–9, on every layer that meets them.</summary>
public class NonAsciiDigitsTests
{
    public static TheoryData<string, string, string> Values() => new()
    {
        // Thai, Khmer and Lao digits in dates, Myanmar and Thai digits in a timestamp's year, a year as a string, a telephone number.
        { "/publicationDate", "๒๕๖๖-๐๙-๑๒", "2566-09-12" },
        { "/articles/0/event/startDate", "២០២៣-០៤-២៥", "2023-04-25" },
        { "/articles/0/event/startDate", "໒໐໒໓-04-25", "2023-04-25" },
        { "/year", "၂၀၂၃", "2023" },
        { "/contact/details/telephones/0/number", "+๘๖๑๐๘๒๒๖๘๒๔๒", "+861082268242" },
        { "/contact/details/faxes/0/number", "+၈၆၁၀၈၂၂၀၀၅၇၉", "+861082200579" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Validate_DigitsOfAnotherScript_AreOneFindingSayingWhatToWrite(string pointer, string value, string ascii)
    {
        var report = Validator().Validate(Edit(Newsletter, root => Set(root, pointer, value)));

        var error = Assert.Single(report.Errors);
        Assert.Equal((ValidationCodes.NonAsciiDigits, ValidationSeverity.Error, pointer), (error.Code, error.Severity, error.Path));
        Assert.Contains($"write the digits 0–9, e.g. \"{ascii}\"", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Validate_DigitsOfAnotherScriptInATimestamp_AreOneFinding()
    {
        var report = Validator().Validate(Edit(Submission, root => root["submittedAt"] = "๒๐๒๓-05-10T09:30:00+07:00"));

        var error = Assert.Single(report.Errors);
        Assert.Equal((ValidationCodes.NonAsciiDigits, "/submittedAt"), (error.Code, error.Path));
        Assert.Contains("\"2023-05-10T09:30:00+07:00\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NumberWrittenInThaiDigits_IsNonAsciiDigitsNotSyntax()
    {
        var json = Newsletter.Replace("\"year\": 2023", "\"year\": ๒๕๖๖", StringComparison.Ordinal);
        Assert.NotEqual(Newsletter, json);

        var error = Assert.Single(Validator().Validate(json).Errors);

        Assert.Equal((ValidationCodes.NonAsciiDigits, "/year"), (error.Code, error.Path));
        Assert.Contains("write the digits 0–9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ThaiDigitsInAText_AreFine() =>
        Assert.Empty(Validator().Validate(Edit(Newsletter, root => root["title"]!["th"] = "จดหมายข่าว ฉบับที่ ๖ ปี ๒๕๖๖")).Errors);

    [Fact]
    public void Validate_DateWithAsciiDigitsButNoRealDay_KeepsItsOwnCode() =>
        Has(Validator().Validate(Edit(Newsletter, root => root["publicationDate"] = "2023-02-30")), ValidationCodes.InvalidDate, "/publicationDate");

    [Theory]
    [InlineData(ValidationSeverity.Warning)]
    [InlineData(null)]
    public void Options_NonAsciiDigits_CannotBeSwitchedOffOrMadeAWarning(ValidationSeverity? severity)
    {
        var options = new LmecContentOptions();

        var exception = Assert.Throws<ArgumentException>(() =>
        {
            _ = severity is { } changed ? options.SetSeverity(ValidationCodes.NonAsciiDigits, changed) : options.DisableRule(ValidationCodes.NonAsciiDigits);
        });

        Assert.Contains("LMEC222", exception.Message, StringComparison.Ordinal);
    }

    private static void Set(System.Text.Json.Nodes.JsonNode root, string pointer, string value)
    {
        var tokens = pointer.Split('/')[1..];
        var parent = root;
        foreach (var token in tokens[..^1])
        {
            parent = int.TryParse(token, out var index) ? parent[index]! : parent[token]!;
        }

        parent[tokens[^1]] = value;
    }
}
