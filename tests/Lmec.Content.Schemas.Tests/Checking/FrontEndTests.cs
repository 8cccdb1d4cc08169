using System.Globalization;
using System.Text;
using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Checking;

/// <summary>
/// The schema check reads through the JSON front end of <c>Lmec.Content</c>: every fault the front end finds
/// (the rows of bad-inputs.md on limits, encoding, syntax, duplicates and numbers) gets the same findings as
/// in content validation — code, pointer, line, column and message — at every entry point; one set of limits
/// applies; and as a structure check it takes the text content validation accepted without checking it again.
/// </summary>
public class FrontEndTests
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    private static readonly ContentValidator Content = new(new LmecContentOptions { Culture = English });

    public static TheoryData<string> FrontEndCases() =>
        [.. BadInputCases.All.Where(static item => item.Code is { } code && code.StartsWith("LMEC0", StringComparison.Ordinal) && code != ValidationCodes.TooManyFindings).Select(static item => item.Name)];

    [Theory]
    [MemberData(nameof(FrontEndCases))]
    public async Task Validate_FrontEndFault_ReportsWhatContentValidationReports(string caseName)
    {
        var item = BadInputCases.Get(caseName);
        var validator = new SchemaValidator();
        var expected = Content.Validate(item.Utf8.AsMemory()).Errors;

        Assert.True(item.Mismatch(isValid: false, expected) is null, item.Mismatch(isValid: false, expected));
        Assert.Equal(expected, validator.Validate(item.Utf8.AsMemory(), English).Errors);
        Assert.Equal(expected, validator.Validate(new MemoryStream(item.Utf8, writable: false), English).Errors);
        Assert.Equal(expected, (await validator.ValidateAsync(new MemoryStream(item.Utf8, writable: false), English)).Errors);
        if (item.Text is not null)
        {
            Assert.Equal(Content.Validate(item.Text).Errors, validator.Validate(item.Text, English).Errors);
        }
    }

    [Fact]
    public void Validate_FrontEndFaultInChinese_HasTheMessageOfContentValidation()
    {
        const string json = """{"kind":"article","kind":"article"}""";
        var chinese = CultureInfo.GetCultureInfo("zh-Hans");

        var error = Assert.Single(new SchemaValidator().Validate(json, chinese).Errors);

        Assert.Equal(ValidationCodes.DuplicateMember, error.Code);
        Assert.Equal(Assert.Single(new ContentValidator(new LmecContentOptions { Culture = chinese }).Validate(json).Errors).Message, error.Message);
    }

    [Theory]
    [InlineData("null", ValidationCodes.NotAnObject, "", 1, 1)]
    [InlineData("{}", ValidationCodes.MissingMember, "/kind", 1, 1)]
    [InlineData("""{"kind": "magazine"}""", ValidationCodes.InvalidEnumValue, "/kind", 1, 2)]
    public void Validate_TextWithoutAKnownKind_ReportsWhatContentValidationReports(string json, string code, string pointer, int line, int column)
    {
        var error = Assert.Single(new SchemaValidator().Validate(json).Errors);

        Assert.Equal((code, pointer, line, column), (error.Code, error.Path, error.Line, error.Column));
        Assert.Contains(new ContentValidator().Validate(json).Errors, typed => typed.Code == code && typed.Path == pointer);
    }

    [Fact]
    public async Task Validate_DocumentOverTheDefaultSizeLimit_PassesEveryEntryPointWithTheLimitRaised()
    {
        var json = LargeDocuments.PaddedNewsletter;
        var bytes = Encoding.UTF8.GetBytes(json);
        var validator = new SchemaValidator(LargeDocuments.Raised());

        Assert.Equal(ValidationCodes.DocumentTooLarge, Assert.Single(new SchemaValidator().Validate(bytes).Errors).Code);
        Assert.True(validator.Validate(json).IsValid);
        Assert.True(validator.Validate(bytes).IsValid);
        Assert.True(validator.Validate(new MemoryStream(bytes)).IsValid);
        Assert.True((await validator.ValidateAsync(new MemoryStream(bytes))).IsValid);
    }

    [Fact]
    public void Validate_AsStructureCheck_TakesTheTextContentValidationAcceptedWithoutCheckingItAgain()
    {
        // The schema validator keeps the default limits, which the document breaks; content validation, with the
        // limit raised, decided the text is fine, and the schema check reads it as it was handed on.
        var content = new ContentValidator(new LmecContentOptions { Culture = English, Limits = LargeDocuments.Raised() }, [new SchemaValidator()]);

        var report = content.Validate(LargeDocuments.PaddedNewsletter);

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Errors));
    }
}
