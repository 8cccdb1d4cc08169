using System.Text;
using Lmec.Content.Canonicalization;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;
using Lmec.Content.Tests.Examples;
using Lmec.Content.Tests.Validation;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Canonicalization;

public class CanonicalJsonTests
{
    [Fact]
    public void Canonicalize_Rfc8785PrimitivesExample_GivesTheRfcOutput()
    {
        // RFC 8785, section 3.2.2, without its 1E30, which lies beyond ±(2^53 − 1) and the front end rejects.
        const string input = """
            {
              "numbers": [333333333.33333329, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;
        const string expected = """{"literals":[null,true,false],"numbers":[333333333.3333333,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}""";

        Assert.Equal(expected, Canonical(input));
    }

    [Fact]
    public void Canonicalize_Rfc8785SortingExample_SortsByUtf16CodeUnits()
    {
        // RFC 8785, section 3.2.3: U+1F600 sorts before U+FB33 because its first UTF-16 code unit is 0xD83D.
        const string input = """
            {
              "\u20ac": "Euro Sign",
              "\r": "Carriage Return",
              "\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\ud83d\ude00": "Emoji: Grinning Face",
              "\u0080": "Control",
              "\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """;
        var expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
            + "\"\u20ac\":\"Euro Sign\",\"\U0001F600\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";

        Assert.Equal(expected, Canonical(input));
    }

    [Fact]
    public void Canonicalize_NestedObjects_SortsMembersAtEveryLevel() =>
        Assert.Equal("""{"a":[{"x":1,"y":2}],"b":{"c":{"d":true,"e":false}}}""", Canonical("""{"b":{"c":{"e":false,"d":true}},"a":[{"y":2,"x":1}]}"""));

    [Theory]
    [InlineData("1E-7", "1e-7")]
    [InlineData("-0", "0")]
    [InlineData("-0.0e5", "0")]
    [InlineData("333333333.33333329", "333333333.3333333")]
    [InlineData("1.0", "1")]
    [InlineData("1e2", "100")]
    [InlineData("9007199254740991", "9007199254740991")]
    [InlineData("9.007199254740991e15", "9007199254740991")]
    [InlineData("-9007199254740991", "-9007199254740991")]
    [InlineData("0.000001", "0.000001")]
    public void Canonicalize_Number_WritesItAsEcmaScriptDoes(string input, string expected) =>
        Assert.Equal(expected, Canonical(input));

    [Fact]
    public void Canonicalize_ControlCharacters_UsesShortFormsAndLowercaseHex()
    {
        var input = "\"" + string.Concat(Enumerable.Range(0, 0x20).Select(static c => $"\\u{c:X4}")) + "\"";
        const string expected = "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f"
            + "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\"";

        Assert.Equal(expected, Canonical(input));
    }

    [Fact]
    public void Canonicalize_CharactersThatNeedNoEscape_AreWrittenAsUtf8()
    {
        const string input = "\"\\u002f\\u003c\\u003e\\u0026\\u0027\\u002b\\u007f\\u00e9\\u6e44\\u2028\\ud83c\\udf0f\"";
        Assert.Equal("\"/<>&'+\u007f\u00e9\u6e44\u2028\U0001F30F\"", Canonical(input));
    }

    [Theory]
    [InlineData("""{"a":1,"a":2}""", "/a")]
    [InlineData("""{"title":1,"\u0074itle":2}""", "/title")]
    [InlineData("""{"x":[{"b":1,"b":1}]}""", "/x/0/b")]
    [InlineData("""{"odd.name":{"n":1,"n":2}}""", "/odd.name/n")]
    public void Canonicalize_DuplicateMember_ThrowsTheFrontEndFindingAtTheDuplicate(string input, string pointer)
    {
        var error = Assert.Single(Rejected(input).Report.Errors);
        Assert.Equal((ValidationCodes.DuplicateMember, pointer), (error.Code, error.Path));
    }

    [Fact]
    public void Canonicalize_ErrorOnLaterLine_ReportsLineAndColumn()
    {
        var error = Assert.Single(Rejected("{\n  \"a\": 1,\n  \"a\": 2\n}").Report.Errors);
        Assert.Equal((3, 3), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"\\udc00x\"")]
    [InlineData("\"a\\ud83d\"")]
    [InlineData("{\"\\ud800\":1}")]
    public void Canonicalize_LoneSurrogate_Throws(string input) =>
        Assert.Equal(ValidationCodes.InvalidUnicode, Assert.Single(Rejected(input).Report.Errors).Code);

    [Theory]
    [InlineData(new byte[] { 0x22, 0xFF, 0x22 })]
    [InlineData(new byte[] { 0x22, 0xC3, 0x22 })]
    [InlineData(new byte[] { 0x22, 0xED, 0xA0, 0x80, 0x22 })]
    [InlineData(new byte[] { 0x7B, 0x22, 0x80, 0x22, 0x3A, 0x31, 0x7D })]
    public void Canonicalize_InvalidUtf8_Throws(byte[] input) =>
        Assert.Equal(ValidationCodes.InvalidUnicode, Assert.Single(Assert.Throws<ContentValidationException>(() => CanonicalJson.Canonicalize(input)).Report.Errors).Code);

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("[1, 1e309]")]
    [InlineData("1e21")]
    [InlineData("1E30")]
    [InlineData("9007199254740992")]
    [InlineData("9007199254740993")]
    [InlineData("-9007199254740993")]
    [InlineData("12345678901234567890")]
    [InlineData("123456789012345678901234567890")]
    public void Canonicalize_NumberBeyondTheSafeRange_Throws(string input)
    {
        var error = Assert.Single(Rejected(input).Report.Errors);
        Assert.Equal(ValidationCodes.NumberOutOfRange, error.Code);
        Assert.Contains(input.Trim('[', ']').Split(", ")[^1], error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{} x")]
    [InlineData("1 2")]
    [InlineData("{}}")]
    [InlineData("[1,]")]
    [InlineData("{\"a\":1,}")]
    [InlineData("/* comment */ 1")]
    [InlineData("1 // comment")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("01")]
    [InlineData("{'a':1}")]
    [InlineData("[1")]
    [InlineData("\"\u0001\"")]
    public void Canonicalize_NotExactlyOneJsonValue_Throws(string input) =>
        Assert.Contains(Rejected(input).Report.Errors, static error => error.Code is ValidationCodes.InvalidSyntax or ValidationCodes.EmptyDocument);

    [Fact]
    public void Canonicalize_NestingAtTheLimit_IsAccepted() =>
        Assert.Equal(new string('[', 64) + new string(']', 64), Canonical(new string('[', 64) + new string(']', 64)));

    [Fact]
    public void Canonicalize_NestingBeyondTheLimit_Throws() =>
        Assert.Equal(ValidationCodes.NestingTooDeep, Assert.Single(Rejected(new string('[', 65) + new string(']', 65)).Report.Errors).Code);

    [Fact]
    public void Canonicalize_NestingBeyondTheDefaultLimit_IsAcceptedWithTheLimitRaised() =>
        Assert.Equal(new string('[', 100) + new string(']', 100), Encoding.UTF8.GetString(CanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(new string('[', 100) + new string(']', 100)), new ContentLimits { MaxDepth = 100 })));

    [Fact]
    public void Canonicalize_TextOverTheDefaultSizeLimit_IsCanonicalizedWithTheLimitRaised()
    {
        var bytes = Encoding.UTF8.GetBytes(LargeDocuments.PaddedNewsletter);

        Assert.Equal(ValidationCodes.DocumentTooLarge, Assert.Single(Assert.Throws<ContentValidationException>(() => CanonicalJson.Canonicalize(bytes)).Report.Errors).Code);
        Assert.Equal(CanonicalJson.ComputeDigest(File.ReadAllBytes(RepositoryPaths.Example("newsletter-2023-06.json"))), CanonicalJson.ComputeDigest(bytes, LargeDocuments.Raised()));
    }

    [Fact]
    public void ComputeDigest_DocumentWhoseJsonIsOverTheDefaultSizeLimit_IsDigestedWithTheLimitRaised()
    {
        // Kept by a lenient read, a large unknown member makes the document's own JSON larger than 16 MiB.
        var filler = "\"" + new string('x', 1000) + "\"";
        var json = TestDocuments.Minimal[..^1] + ",\"archive\":[" + string.Join(',', Enumerable.Repeat(filler, LargeDocuments.Size / 1000)) + "]}";
        var document = ContentJson.Deserialize<ContentDocument>(json, ContentReadMode.Lenient);

        Assert.Equal(ValidationCodes.DocumentTooLarge, Assert.Single(Assert.Throws<ContentValidationException>(() => CanonicalJson.ComputeDigest(document)).Report.Errors).Code);
        Assert.Equal(CanonicalJson.ComputeDigest(Encoding.UTF8.GetBytes(json), LargeDocuments.Raised()), CanonicalJson.ComputeDigest(document, LargeDocuments.Raised()));
    }

    [Fact]
    public void Canonicalize_SingleByteOrderMark_IsSkipped() =>
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(CanonicalJson.Canonicalize([.. "\uFEFF"u8, .. "{ \"a\" : 1 }"u8])));

    [Fact]
    public void Canonicalize_TwoByteOrderMarks_Throws() =>
        Assert.Equal(ValidationCodes.InvalidSyntax, Assert.Single(Assert.Throws<ContentValidationException>(() => CanonicalJson.Canonicalize([.. "\uFEFF\uFEFF"u8, .. "{}"u8])).Report.Errors).Code);

    [Fact]
    public void ComputeDigest_KnownText_IsItsSha256()
    {
        Assert.Equal("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", CanonicalJson.ComputeDigest("{ }"u8).Hex);
        Assert.Equal("1cc69c7fa23616ca2ec3ee70d24390a6225c8832db8a4c814c7e0e7f942f8668", CanonicalJson.ComputeDigest("{\"b\": [true, null], \"a\": 1.0}"u8).Hex);
    }

    [Fact]
    public void ComputeDigest_InvalidText_ThrowsRatherThanDigesting() =>
        Assert.Throws<ContentValidationException>(() => CanonicalJson.ComputeDigest("{\"a\":1,\"a\":1}"u8));

    [Theory]
    [MemberData(nameof(ExampleDocumentTests.ExampleFiles), MemberType = typeof(ExampleDocumentTests))]
    public void ComputeDigest_ExampleDocument_EqualsDigestOfItsFile(string fileName)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Example(fileName));
        var document = ContentJson.Deserialize<ContentDocument>(bytes);

        Assert.Equal(CanonicalJson.ComputeDigest(bytes), CanonicalJson.ComputeDigest(document));
    }

    [Theory]
    [MemberData(nameof(ExampleDocumentTests.ExampleFiles), MemberType = typeof(ExampleDocumentTests))]
    public void Canonicalize_ExampleDocument_IsIndependentOfIndentation(string fileName)
    {
        var document = ContentJson.Deserialize<ContentDocument>(File.ReadAllBytes(RepositoryPaths.Example(fileName)));

        Assert.Equal(CanonicalJson.Canonicalize(document), CanonicalJson.Canonicalize(ContentJson.SerializeToUtf8Bytes(document, indented: true)));
        Assert.Equal(CanonicalJson.Canonicalize(document), CanonicalJson.Canonicalize(CanonicalJson.Canonicalize(document)));
    }

    [Fact]
    public void ComputeDigest_DocumentWithOneCharacterChanged_Differs()
    {
        var issue = ContentJson.Deserialize<NewsletterIssue>(File.ReadAllBytes(RepositoryPaths.Example("newsletter-2023-06.json")));
        var changed = issue with { Title = issue.Title.With("en", "Newsletters") };

        Assert.NotEqual(CanonicalJson.ComputeDigest(issue), CanonicalJson.ComputeDigest(changed));
    }

    [Fact]
    public void ComputeDigest_DocumentReadLeniently_IncludesUnknownMembers()
    {
        var text = File.ReadAllText(RepositoryPaths.Example("organisation-directory-lancang-mekong-ministries.json"));
        var extended = text.Replace("\"asOf\": \"2023-06-25\",", "\"asOf\": \"2023-06-25\", \"reviewedBy\": {\"z\": [1.50, \"x\"], \"a\": null},", StringComparison.Ordinal);
        var original = ContentJson.Deserialize<ContentDocument>(text);
        var lenient = ContentJson.Deserialize<ContentDocument>(extended, ContentReadMode.Lenient);

        Assert.NotEqual(CanonicalJson.ComputeDigest(original), CanonicalJson.ComputeDigest(lenient));
        Assert.Equal(CanonicalJson.ComputeDigest(Encoding.UTF8.GetBytes(extended)), CanonicalJson.ComputeDigest(lenient));
    }

    [Fact]
    public void Canonicalize_NullDocument_Throws() =>
        Assert.Throws<ArgumentNullException>(() => CanonicalJson.Canonicalize((ContentDocument)null!));

    private static string Canonical(string json) => Encoding.UTF8.GetString(CanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(json)));

    private static ContentValidationException Rejected(string json) => Assert.Throws<ContentValidationException>(() => Canonical(json));
}
