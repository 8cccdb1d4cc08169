using System.Text;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Checking;

/// <summary>The rows of bad-inputs.md that the schema layer's strict checks answer, through <see cref="SchemaValidator"/>.</summary>
public class StrictJsonCheckTests
{
    private const string Directory = """{"kind":"organisationDirectory","schemaVersion":"1.0","language":"en","id":"d","title":{"en":"D"}}""";

    public static TheoryData<string, string, string, int, int> BadTexts() => new()
    {
        { "{\"kind\":\"organisationDirectory\" /* comment */}", SchemaErrorCodes.InvalidSyntax, "", 1, 33 },
        { "{\"kind\":\"organisationDirectory\",}", SchemaErrorCodes.InvalidSyntax, "", 1, 33 },
        { "{'kind':'organisationDirectory'}", SchemaErrorCodes.InvalidSyntax, "", 1, 2 },
        { "{\"kind\":NaN}", SchemaErrorCodes.InvalidSyntax, "/kind", 1, 9 },
        { "{\"year\":01}", SchemaErrorCodes.InvalidSyntax, "/year", 1, 10 },
        { Directory + " x", SchemaErrorCodes.InvalidSyntax, "", 1, 100 },
        { Directory + "\n" + Directory, SchemaErrorCodes.InvalidSyntax, "", 2, 1 },
        { "", SchemaErrorCodes.InvalidSyntax, "", 1, 1 },
        { "  \n ", SchemaErrorCodes.InvalidSyntax, "", 2, 2 },
        { Directory.Replace("\"id\":\"d\"", "\"id\":\"d\",\n\"id\":\"e\"", StringComparison.Ordinal), SchemaErrorCodes.DuplicateMember, "/id", 2, 1 },
        { Directory.Replace("\"id\":\"d\"", "\"id\":\"d\",\"\\u0069d\":\"e\"", StringComparison.Ordinal), SchemaErrorCodes.DuplicateMember, "/id", 1, 80 },
        { Directory.Replace("{\"en\":\"D\"}", "{\"en\":\"D\",\"en\":\"E\"}", StringComparison.Ordinal), SchemaErrorCodes.DuplicateMember, "/title/en", 1, 98 },
        { Directory.Replace("\"D\"", "\"\\ud800\"", StringComparison.Ordinal), SchemaErrorCodes.InvalidString, "/title/en", 1, 94 },
        { Directory.Replace("\"en\":", "\"\\udc00\":", StringComparison.Ordinal), SchemaErrorCodes.InvalidString, "/title", 1, 89 },
        { Directory.Replace("}}", "},\"x\":1e400}", StringComparison.Ordinal), SchemaErrorCodes.NumberOutOfRange, "/x", 1, 103 },
        { Directory.Replace("}}", "},\"x\":9007199254740992}", StringComparison.Ordinal), SchemaErrorCodes.NumberOutOfRange, "/x", 1, 103 },
        { Directory.Replace("}}", "},\"x\":-123456789012345678901234567890}", StringComparison.Ordinal), SchemaErrorCodes.NumberOutOfRange, "/x", 1, 103 },
        { "null", ValidationCodes.NotAnObject, "", 1, 1 },
        { "{}", ValidationCodes.MissingMember, "/kind", 1, 1 },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void Validate_BadText_ReportsOneFindingWithCodePointerAndPosition(string json, string code, string pointer, int line, int column)
    {
        var report = new SchemaValidator().Validate(json);

        var error = Assert.Single(report.Errors);
        Assert.Equal((code, pointer, line, column), (error.Code, error.Path, error.Line ?? 0, error.Column ?? 0));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Validate_SeveralBadValues_ReportsEveryOne()
    {
        var json = Directory.Replace("\"id\":\"d\"", "\"id\":\"d\",\"id\":\"\\ud800\"", StringComparison.Ordinal).Replace("}}", "},\"x\":1e400}", StringComparison.Ordinal);

        var report = new SchemaValidator().Validate(json);

        Assert.Equal([SchemaErrorCodes.DuplicateMember, SchemaErrorCodes.InvalidString, SchemaErrorCodes.NumberOutOfRange], report.Errors.Select(static error => error.Code));
    }

    [Fact]
    public void Validate_DocumentOverTheSizeLimit_ReportsTheLimitOnly()
    {
        var report = new SchemaValidator(new SchemaValidatorOptions { MaxDocumentBytes = 50 }).Validate(Directory + "{{{");

        var error = Assert.Single(report.Errors);
        Assert.Equal((SchemaErrorCodes.DocumentTooLarge, "", 1, 1), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public void Validate_NestingDeeperThanTheLimit_ReportsWhereTheLimitIsPassed()
    {
        var json = Directory.Replace("}}", "},\"x\":[[[[1]]]]}", StringComparison.Ordinal);

        var report = new SchemaValidator(new SchemaValidatorOptions { MaxDepth = 4 }).Validate(json);

        var error = Assert.Single(report.Errors);
        Assert.Equal((SchemaErrorCodes.NestingTooDeep, "/x/0/0/0"), (error.Code, error.Path));
    }

    [Fact]
    public void Validate_NestingAtTheLimit_IsAccepted()
    {
        var json = Directory.Replace("{\"en\":\"D\"}", "{\"en\":\"D\"}", StringComparison.Ordinal);

        Assert.True(new SchemaValidator(new SchemaValidatorOptions { MaxDepth = 2 }).Validate(json).IsValid);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'{', 0 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'{' })]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF })]
    public void Validate_Utf16Or32ByteOrderMark_ReportsTheEncoding(byte[] document)
    {
        var error = Assert.Single(new SchemaValidator().Validate(document).Errors);

        Assert.Equal(SchemaErrorCodes.InvalidEncoding, error.Code);
    }

    [Fact]
    public void Validate_InvalidUtf8_ReportsWhereTheBadBytesAre()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n\"kind\": \"x\"}");
        bytes[11] = 0xC3;

        var error = Assert.Single(new SchemaValidator().Validate(bytes).Errors);

        Assert.Equal((SchemaErrorCodes.InvalidEncoding, 2, 10), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Validate_Utf8ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Directory)).ToArray();

        Assert.True(new SchemaValidator().Validate(bytes).IsValid);
        Assert.True(new SchemaValidator().Validate("\uFEFF" + Directory).IsValid);
    }

    [Fact]
    public void Validate_StringWithALoneSurrogate_ReportsItWithoutEncodingIt()
    {
        var json = Directory.Replace("\"D\"", "\"D\ud800\"", StringComparison.Ordinal);

        var error = Assert.Single(new SchemaValidator().Validate(json).Errors);

        Assert.Equal((SchemaErrorCodes.InvalidString, 1, 96), (error.Code, error.Line, error.Column));
    }
}
