using System.Text.Json.Nodes;
using Lmec.Content.Testing;
using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation;

/// <summary>
/// <see cref="ContentLimits.MaxFindings"/>: a document built to raise a finding at every element (found by the
/// mutation properties: 100,000 wrong elements took seconds and a message each) stops validation at the limit,
/// in every layer, and is never reported valid, since it was not checked to its end.
/// </summary>
public class FindingLimitTests
{
    [Fact]
    public void Validate_StructureFindingsOverLimit_ListsTheFirstAndEndsWithTooManyFindings()
    {
        var json = JsonEdit.Set(Newsletter, "/organisations", new JsonArray(1, 2, 3, 4, 5));
        var report = Validator(options => options.Limits.MaxFindings = 3).Validate(json);

        Assert.Equal(["/organisations/0", "/organisations/1", "/organisations/2", JsonPointer.Root], report.Errors.Select(error => error.Path));
        Assert.Equal(ValidationCodes.TooManyFindings, report.Errors[^1].Code);
        Assert.Equal(ValidationSeverity.Error, report.Errors[^1].Severity);
        Assert.Contains("3", report.Errors[^1].Message, StringComparison.Ordinal);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Validate_SyntaxFindingsOverLimit_StopAtTheLimit()
    {
        var json = "{" + string.Join(',', Enumerable.Repeat("\"a\":1", 10)) + "}";
        var report = Validator(options => options.Limits.MaxFindings = 4).Validate(json);

        Assert.Equal([.. Enumerable.Repeat(ValidationCodes.DuplicateMember, 4), ValidationCodes.TooManyFindings], report.Errors.Select(error => error.Code));
    }

    [Fact]
    public void Validate_RuleFindingsOverLimit_StopAtTheLimit()
    {
        var json = JsonEdit.Set(Newsletter, "/articles/0/topics", new JsonArray([.. Enumerable.Range(0, 10).Select(index => (JsonNode)JsonValue.Create("Topic " + index))]));
        var report = Validator(options => options.Limits.MaxFindings = 2).Validate(json);

        Assert.Equal([ValidationCodes.InvalidId, ValidationCodes.InvalidId, ValidationCodes.TooManyFindings], report.Errors.Select(error => error.Code));
    }

    [Fact]
    public void Validate_WarningsOverLimit_AreNotValidForNotCheckedToTheEnd()
    {
        var json = JsonEdit.Edit(Newsletter, root =>
        {
            foreach (var name in new[] { "a", "b", "c" })
            {
                root[name] = 1;
            }
        });
        var report = Validator(options =>
        {
            options.ReadMode = Lenient;
            options.Limits.MaxFindings = 2;
        }).Validate(json);

        Assert.Equal([ValidationSeverity.Warning, ValidationSeverity.Warning, ValidationSeverity.Error], report.Errors.Select(error => error.Severity));
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Validate_FindingsUnderLimit_AreAllListed()
    {
        var json = JsonEdit.Set(Newsletter, "/organisations", new JsonArray(1, 2, 3));
        var report = Validator(options => options.Limits.MaxFindings = 4).Validate(json);

        Assert.Equal(3, report.Errors.Count);
        Lacks(report, ValidationCodes.TooManyFindings);
    }

    [Fact]
    public void Constructor_MaxFindingsNotPositive_Throws()
    {
        var options = new LmecContentOptions();
        options.Limits.MaxFindings = 0;
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContentValidator(options));
    }
}
