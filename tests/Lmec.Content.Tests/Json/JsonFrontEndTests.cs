using System.Globalization;
using System.Text;
using Lmec.Content.Contract;
using Lmec.Content.Json;
using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Json;

/// <summary>
/// The JSON front end on its own: each fault with its code, pointer and position, the same result from every
/// entry point, the text it hands on, the number policy and its limits. <see cref="Validation.BadInputTests"/>
/// runs every row of bad-inputs.md through the validator, whose first step it is.
/// </summary>
public class JsonFrontEndTests
{
    private const string Directory = """{"kind":"organisationDirectory","schemaVersion":"1.0","language":"en","id":"d","title":{"en":"D"}}""";

    private static readonly JsonFrontEnd FrontEnd = new();

    public static TheoryData<string, string, string, int, int> BadTexts() => new()
    {
        { "{\"kind\":\"organisationDirectory\" /* comment */}", ValidationCodes.InvalidSyntax, "/kind", 1, 33 },
        { "{\"kind\":\"organisationDirectory\",}", ValidationCodes.InvalidSyntax, "/kind", 1, 32 },
        { "{'kind':'organisationDirectory'}", ValidationCodes.InvalidSyntax, "", 1, 2 },
        { "{\"kind\":NaN}", ValidationCodes.InvalidSyntax, "/kind", 1, 9 },
        { "{\"year\":01}", ValidationCodes.InvalidSyntax, "/year", 1, 9 },
        { Directory + " x", ValidationCodes.InvalidSyntax, "", 1, 100 },
        { Directory + "\n" + Directory, ValidationCodes.InvalidSyntax, "", 2, 1 },
        { "", ValidationCodes.EmptyDocument, "", 1, 1 },
        { "  \n ", ValidationCodes.EmptyDocument, "", 1, 1 },
        { Directory.Replace("\"id\":\"d\"", "\"id\":\"d\",\n\"id\":\"e\"", StringComparison.Ordinal), ValidationCodes.DuplicateMember, "/id", 2, 1 },
        { Directory.Replace("\"id\":\"d\"", "\"id\":\"d\",\"\\u0069d\":\"e\"", StringComparison.Ordinal), ValidationCodes.DuplicateMember, "/id", 1, 80 },
        { Directory.Replace("{\"en\":\"D\"}", "{\"en\":\"D\",\"en\":\"E\"}", StringComparison.Ordinal), ValidationCodes.DuplicateMember, "/title/en", 1, 98 },
        { Directory.Replace("\"D\"", "\"\\ud800\"", StringComparison.Ordinal), ValidationCodes.InvalidUnicode, "/title/en", 1, 94 },
        { Directory.Replace("\"en\":", "\"\\udc00\":", StringComparison.Ordinal), ValidationCodes.InvalidUnicode, "/title/\\udc00", 1, 89 },
        { Directory.Replace("}}", "},\"x\":1e400}", StringComparison.Ordinal), ValidationCodes.NumberOutOfRange, "/x", 1, 103 },
        { Directory.Replace("}}", "},\"x\":9007199254740992}", StringComparison.Ordinal), ValidationCodes.NumberOutOfRange, "/x", 1, 103 },
        { Directory.Replace("}}", "},\"x\":-123456789012345678901234567890}", StringComparison.Ordinal), ValidationCodes.NumberOutOfRange, "/x", 1, 103 },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void Read_BadText_ReportsOneFindingWithCodePointerAndPosition(string json, string code, string pointer, int line, int column)
    {
        var result = FrontEnd.Read(json, CultureInfo.InvariantCulture);

        Assert.False(result.IsValid);
        Assert.Null(result.Text);
        var error = Assert.Single(result.Report.Errors);
        Assert.Equal((code, ValidationSeverity.Error, pointer, line, column), (error.Code, error.Severity, error.Path, error.Line ?? 0, error.Column ?? 0));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Read_SeveralFaults_ReportsEveryOneUpToTheFirstSyntaxError()
    {
        var json = Directory.Replace("\"id\":\"d\"", "\"id\":\"d\",\"id\":\"\\ud800\"", StringComparison.Ordinal).Replace("}}", "},\"x\":1e400,}", StringComparison.Ordinal);

        var codes = FrontEnd.Read(json).Report.Errors.Select(static error => error.Code);

        Assert.Equal([ValidationCodes.DuplicateMember, ValidationCodes.InvalidUnicode, ValidationCodes.NumberOutOfRange, ValidationCodes.InvalidSyntax], codes);
    }

    [Theory]
    [InlineData("9007199254740991")]
    [InlineData("-9007199254740991")]
    [InlineData("9.007199254740991e15")]
    [InlineData("6.0")]
    [InlineData("1e2")]
    [InlineData("-0.5")]
    [InlineData("1.5e-300")]
    public void Read_NumberWithinTheSafeRange_IsAccepted(string number) =>
        Assert.True(FrontEnd.Read("{\"n\":" + number + "}").IsValid);

    [Theory]
    [InlineData("9007199254740992")]
    [InlineData("-9007199254740992")]
    [InlineData("100000000000000000000")]
    [InlineData("1e20")]
    [InlineData("9.007199254740993e15")]
    [InlineData("1.5e300")]
    [InlineData("1e400")]
    [InlineData("-1E+400")]
    public void Read_NumberBeyondTheSafeRangeHoweverWritten_IsOutOfRange(string number) =>
        Assert.Equal(ValidationCodes.NumberOutOfRange, Assert.Single(FrontEnd.Read("{\"n\":" + number + "}").Report.Errors).Code);

    [Fact]
    public void MaxSafeInteger_IsTwoToThe53rdMinusOne() =>
        Assert.Equal((1L << 53) - 1, WireLimits.MaxSafeInteger);

    [Fact]
    public void Read_AcceptedText_IsTheInputWithoutItsByteOrderMark()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF" + Directory);

        var result = FrontEnd.Read(bytes);

        Assert.True(result.IsValid);
        Assert.Empty(result.Report.Errors);
        Assert.Equal(Encoding.UTF8.GetBytes(Directory), result.Text.Utf8Json.ToArray());
    }

    [Fact]
    public void Read_TwoByteOrderMarks_IsASyntaxError() =>
        Assert.Equal(ValidationCodes.InvalidSyntax, Assert.Single(FrontEnd.Read(Encoding.UTF8.GetBytes("\uFEFF\uFEFF" + Directory)).Report.Errors).Code);

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'{', 0 }, "UTF-16")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'{' }, "UTF-16")]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF }, "UTF-32")]
    [InlineData(new byte[] { (byte)'{', 0, 0, 0 }, "UTF-32")]
    public void Read_Utf16Or32_IsNotUtf8AndNamesTheEncoding(byte[] bytes, string encoding)
    {
        var error = Assert.Single(FrontEnd.Read(bytes, CultureInfo.InvariantCulture).Report.Errors);

        Assert.Equal((ValidationCodes.NotUtf8, 1, 1), (error.Code, error.Line, error.Column));
        Assert.Contains(encoding, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_ReportsItAtItsString()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n\"kind\": \"x\"}");
        bytes[11] = 0xC3;

        var error = Assert.Single(FrontEnd.Read(bytes).Report.Errors);

        Assert.Equal((ValidationCodes.InvalidUnicode, "/kind", 2, 9), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public void Read_DotNetStringWithALoneSurrogate_ReportsItAtItsStringAsWhenEscaped()
    {
        var raw = FrontEnd.Read(Directory.Replace("\"D\"", "\"D\ud800\"", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var escaped = FrontEnd.Read(Directory.Replace("\"D\"", "\"D\\ud800\"", StringComparison.Ordinal), CultureInfo.InvariantCulture);

        var error = Assert.Single(raw.Report.Errors);
        Assert.Equal((ValidationCodes.InvalidUnicode, "/title/en", 1, 94), (error.Code, error.Path, error.Line, error.Column));
        Assert.Equal(Assert.Single(escaped.Report.Errors).Message, error.Message);
    }

    [Fact]
    public async Task Read_StringBytesStreamAndAsyncStream_GiveTheSameResult()
    {
        var json = Directory.Replace("\"id\":\"d\"", "\"id\":\"d\",\n\"id\":1e400", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(json);

        var expected = FrontEnd.Read(json).Report.Errors;

        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, FrontEnd.Read(bytes).Report.Errors);
        Assert.Equal(expected, FrontEnd.Read(new MemoryStream(bytes)).Report.Errors);
        Assert.Equal(expected, (await FrontEnd.ReadAsync(new MemoryStream(bytes))).Report.Errors);
    }

    [Fact]
    public void Read_StringLongerThanTheSizeLimit_IsTooLargeWithoutBeingEncoded()
    {
        var error = Assert.Single(new JsonFrontEnd(new ContentLimits { MaxDocumentBytes = 50 }).Read(Directory + "{{{").Report.Errors);

        Assert.Equal((ValidationCodes.DocumentTooLarge, "", 1, 1), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public void Read_TextOfMultiByteCharactersOverTheSizeLimitInBytes_IsTooLarge() =>
        Assert.Equal(ValidationCodes.DocumentTooLarge, Assert.Single(new JsonFrontEnd(new ContentLimits { MaxDocumentBytes = 20 }).Read("{\"a\":\"简报简报简报\"}").Report.Errors).Code);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Read_EndlessStream_StopsReadingJustPastTheSizeLimit(bool asynchronously)
    {
        using var stream = new GeneratedStream(" ", long.MaxValue, (byte)' ');
        var frontEnd = new JsonFrontEnd(new ContentLimits { MaxDocumentBytes = 1000 });

        var result = asynchronously ? await frontEnd.ReadAsync(stream) : frontEnd.Read(stream);

        Assert.Equal(ValidationCodes.DocumentTooLarge, Assert.Single(result.Report.Errors).Code);
        Assert.InRange(stream.BytesRead, 1001, 1000 + (128 * 1024));
    }

    [Fact]
    public void Read_NestingDeeperThanTheLimit_ReportsWhereTheLimitIsPassed()
    {
        var json = Directory.Replace("}}", "},\"x\":[[[[1]]]]}", StringComparison.Ordinal);

        var error = Assert.Single(new JsonFrontEnd(new ContentLimits { MaxDepth = 4 }).Read(json).Report.Errors);

        Assert.Equal((ValidationCodes.NestingTooDeep, "/x/0/0/0"), (error.Code, error.Path));
        Assert.True(new JsonFrontEnd(new ContentLimits { MaxDepth = 5 }).Read(json).IsValid);
    }

    [Fact]
    public void Read_MoreFaultsThanTheFindingLimit_EndsWithTooManyFindings()
    {
        var json = "{\"a\":1,\"a\":2,\"a\":3,\"a\":4}";

        var errors = new JsonFrontEnd(new ContentLimits { MaxFindings = 2 }).Read(json).Report.Errors;

        Assert.Equal([ValidationCodes.DuplicateMember, ValidationCodes.DuplicateMember, ValidationCodes.TooManyFindings], errors.Select(static error => error.Code));
    }

    [Theory]
    [InlineData("zh-Hans", "字段")]
    [InlineData("en", "The field")]
    public void Read_Culture_WritesMessagesInItsLanguage(string culture, string expected)
    {
        var error = Assert.Single(FrontEnd.Read("{\"a\":1,\"a\":2}", CultureInfo.GetCultureInfo(culture)).Report.Errors);

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TakesACopyOfTheLimits()
    {
        var limits = new ContentLimits { MaxDocumentBytes = 10 };
        var frontEnd = new JsonFrontEnd(limits);

        limits.MaxDocumentBytes = 1000;

        Assert.Equal(ValidationCodes.DocumentTooLarge, Assert.Single(frontEnd.Read(Directory).Report.Errors).Code);
    }

    [Fact]
    public void Constructor_LimitOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonFrontEnd(new ContentLimits { MaxDepth = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonFrontEnd(new ContentLimits { MaxDepth = 1001 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonFrontEnd(new ContentLimits { MaxDocumentBytes = -1 }));
        Assert.Throws<ArgumentNullException>(() => new JsonFrontEnd(null!));
    }

    [Fact]
    public void Read_NullArgument_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FrontEnd.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => FrontEnd.Read((Stream)null!));
    }

    [Fact]
    public void Read_DocumentOverTheDefaultSizeLimit_PassesRaisedLimits()
    {
        var json = LargeDocuments.PaddedNewsletter;

        Assert.Equal(ValidationCodes.DocumentTooLarge, Assert.Single(FrontEnd.Read(json).Report.Errors).Code);
        Assert.True(new JsonFrontEnd(LargeDocuments.Raised()).Read(json).IsValid);
    }
}
