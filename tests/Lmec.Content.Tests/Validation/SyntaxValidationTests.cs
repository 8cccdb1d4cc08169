using System.Text;
using System.Text.Json.Nodes;
using Lmec.Content.Localization;
using Lmec.Content.Model;
using Lmec.Content.Testing;
using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation;

/// <summary>
/// Layer 1, the JSON front end as the validator's first step: limits, encoding and strict syntax (bad-inputs.md
/// rows on size, depth, syntax, BOM, UTF-8, numbers), beyond the code and pointer that <see cref="BadInputTests"/>
/// checks at every entry point: messages, positions, limits set low or raised, and inputs that must pass.
/// </summary>
public class SyntaxValidationTests
{
    [Fact]
    public void Validate_DocumentOverByteLimit_ReportsLimitAtStart()
    {
        var report = Validator(options => options.Limits.MaxDocumentBytes = 50).Validate(Minimal);
        var error = Single(report, ValidationCodes.DocumentTooLarge);
        Assert.False(report.IsValid);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Single(report.Errors);
    }

    [Fact]
    public void Validate_StreamOverByteLimit_StopsReadingSoonAfterLimit()
    {
        using var stream = new GeneratedStream(" ", long.MaxValue, (byte)' ');
        var report = Validator(options => options.Limits.MaxDocumentBytes = 1000).Validate(stream);
        Single(report, ValidationCodes.DocumentTooLarge);
        Assert.True(stream.BytesRead < 1000 + (128 * 1024), $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public async Task ValidateAsync_StreamOverByteLimit_ReportsLimit()
    {
        using var stream = new GeneratedStream(" ", long.MaxValue, (byte)' ');
        var report = await Validator(options => options.Limits.MaxDocumentBytes = 1000).ValidateAsync(stream);
        Single(report, ValidationCodes.DocumentTooLarge);
    }

    [Fact]
    public void Validate_StringOverLimit_ReportsAtTheString()
    {
        var json = Minimal.Replace("\"T\"", "\"" + new string('x', 40) + "\"", StringComparison.Ordinal);
        var report = Validator(options => options.Limits.MaxStringLength = 20).Validate(json);
        var error = Has(report, ValidationCodes.StringTooLong, "/title/en");
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Validate_ArrayOverLimit_ReportsOnceAtTheArray()
    {
        var json = Minimal.Replace("}}", "},\"organisations\":[1,2,3,4,5,6]}", StringComparison.Ordinal);
        var report = Validator(options => options.Limits.MaxArrayLength = 3).Validate(json);
        Assert.Equal("/organisations", Single(report, ValidationCodes.ArrayTooLong).Path);
    }

    [Fact]
    public void Validate_NestingDeeperThanLimit_ReportsWhereDepthWasExceeded()
    {
        var report = Validator(options => options.Limits.MaxDepth = 3).Validate("""{"a":{"b":{"c":{"d":1}}}}""");
        var error = Single(report, ValidationCodes.NestingTooDeep);
        Assert.Equal("/a/b/c", error.Path);
        Assert.Equal((1, 16), (error.Line, error.Column));
    }

    [Fact]
    public void Validate_SeveralDuplicates_ReportsEveryOne()
    {
        var report = Validator().Validate("""{"a":1,"a":2,"b":{"c":1,"c":2}}""");
        Assert.Equal(["/a", "/b/c"], report.Errors.Select(error => error.Path));
    }

    [Theory]
    [InlineData("{\"id\":\"x\" // note\n}", "LMEC020.comment", 1, 11)]
    [InlineData("{\"id\":\"x\" /* note */}", "LMEC020.comment", 1, 11)]
    [InlineData("{\"a\":[1,2,]}", "LMEC020.trailingComma", 1, 10)]
    [InlineData("{\"a\":1,}", "LMEC020.trailingComma", 1, 7)]
    [InlineData("{'a':1}", "LMEC020.singleQuote", 1, 2)]
    [InlineData("{\"a\":NaN}", "LMEC020.nonFinite", 1, 6)]
    [InlineData("{\"a\":-Infinity}", "LMEC020.nonFinite", 1, 6)]
    [InlineData("{\"a\":007}", "LMEC020.leadingZero", 1, 6)]
    [InlineData("{\"a\":1} x", "LMEC020.trailingContent", 1, 9)]
    [InlineData("{\"a\":1}\n{\"a\":2}", "LMEC020.trailingContent", 2, 1)]
    public void Validate_NotStrictJson_ReportsSyntaxErrorWithPosition(string json, string messageKey, int line, int column)
    {
        var error = Single(Validator().Validate(json), ValidationCodes.InvalidSyntax);
        Assert.Equal(MessageCatalog.Default.Format(messageKey, System.Globalization.CultureInfo.InvariantCulture), error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("utf-16", true)]
    [InlineData("utf-16", false)]
    [InlineData("utf-16BE", true)]
    [InlineData("utf-16BE", false)]
    [InlineData("utf-32", true)]
    [InlineData("utf-32", false)]
    public void Validate_Utf16Or32_IsRejected(string encodingName, bool withPreamble)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = (withPreamble ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(Minimal)).ToArray();
        var error = Single(Validator().Validate(bytes), ValidationCodes.NotUtf8);
        Assert.Contains(encodingName.StartsWith("utf-32", StringComparison.Ordinal) ? "UTF-32" : "UTF-16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LoneSurrogateInDotNetString_IsErrorAtItsStringNamedAsSurrogate()
    {
        var error = Single(Validator().Validate(Minimal.Replace("\"T\"", "\"T\uD800\"", StringComparison.Ordinal)), ValidationCodes.InvalidUnicode);
        Assert.Equal(("/title/en", 1), (error.Path, error.Line));
        Assert.Equal(MessageCatalog.Default.Format("LMEC011.surrogate", System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void Validate_ValidSurrogatePair_IsAccepted() =>
        Assert.True(Validator().Validate(Minimal.Replace("\"T\"", "\"\\ud83c\\udf3f 🌿\"", StringComparison.Ordinal)).IsValid);

    [Theory]
    [InlineData("9007199254740991")]
    [InlineData("-9007199254740991")]
    [InlineData("1.5e-300")]
    [InlineData("9.0e15")]
    public void Validate_NumberInRange_PassesSyntax(string number) =>
        Lacks(Validator().Validate("{\"n\":" + number + "}"), ValidationCodes.NumberOutOfRange);

    [Fact]
    public void Validate_SyntaxError_NeverReachesStructureValidators()
    {
        var structure = new RecordingStructureValidator();
        Validator(structure: [structure]).Validate("{'kind': 'newsletterIssue'}");
        Validator(structure: [structure]).Validate("""{"kind":"newsletterIssue","a":1,"a":2}""");
        Assert.Equal(0, structure.Calls);
    }

    [Fact]
    public void Validate_ErrorsOfLayerOne_AreAllReported()
    {
        var json = "{\"a\":1e400,\"b\":\"\\ud800\",\"a\":2}";
        var report = Validator().Validate(json);
        Assert.Equal([ValidationCodes.NumberOutOfRange, ValidationCodes.InvalidUnicode, ValidationCodes.DuplicateMember], report.Errors.Select(error => error.Code));
    }

    [Fact]
    public void Read_SyntaxError_GivesNoDocument() =>
        Assert.Null(Validator().Read<ContentDocument>("{").Document);

    public static TheoryData<string> EntryPoints() => [.. RawJsonEntryPoint.All.Select(entry => entry.Name)];

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public async Task Validate_DocumentOverTheDefaultSizeLimit_PassesWithTheLimitRaised(string entryPoint)
    {
        var document = BadInputCase.OfText("17 MiB newsletter", LargeDocuments.PaddedNewsletter, code: null);

        var result = await RawJsonEntryPoint.Get(entryPoint).Run(Validator(options => options.Limits = LargeDocuments.Raised()), document);

        Assert.True(result.Report.IsValid, string.Join(Environment.NewLine, result.Report.Errors));
    }

    [Fact]
    public void Validate_SpeechPointsNestedToTheDepthLimit_IsValid() =>
        Assert.True(Validator().Validate(NestedPoints(levels: 29)).IsValid);

    [Fact]
    public void Validate_SpeechPointsNestedBeyondTheDepthLimit_ReportsDepth()
    {
        // Thirty levels of points put the innermost point at depth 65, one beyond the default limit of 64.
        var error = Single(Validator().Validate(NestedPoints(levels: 30)), ValidationCodes.NestingTooDeep);
        Assert.EndsWith("/items/0", error.Path, StringComparison.Ordinal);
    }

    private static string NestedPoints(int levels)
    {
        JsonObject? inner = null;
        for (var level = levels; level >= 1; level--)
        {
            var point = new JsonObject { ["ordinal"] = 1, ["text"] = new JsonObject { ["en"] = $"Point at level {level}." } };
            if (inner is not null)
            {
                point["items"] = new JsonArray(inner);
            }

            inner = point;
        }

        return Edit(Newsletter, root => root["articles"]![0]!["speeches"]![0]!["points"] = new JsonArray(inner));
    }
}
