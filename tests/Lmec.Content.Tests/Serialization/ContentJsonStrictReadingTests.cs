using System.Text;
using System.Text.Json;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Tests.Support;

namespace Lmec.Content.Tests.Serialization;

/// <summary>
/// What strict reading rejects, and where it says the problem is. Every case goes through the string,
/// bytes, stream and asynchronous entry points (see <see cref="ReadAssert"/>).
/// </summary>
public class ContentJsonStrictReadingTests
{
    [Fact]
    public void Deserialize_Samples_AreValid()
    {
        Assert.Equal("lmec-newsletter-2023-06", ContentJson.Deserialize<NewsletterIssue>(SampleJson.Issue).Id);
        Assert.Equal("wri-report", ContentJson.Deserialize<ArticleDocument>(SampleJson.Article).Article.Id);
    }

    [Fact]
    public void Deserialize_UnknownMemberAtRoot_IsRejectedAtTheMember()
    {
        var json = SampleJson.Issue.Edit("\"publisherId\"", "\"publisher\": \"lmec\", \"publisherId\"");

        var exception = ReadAssert.Rejects<NewsletterIssue>(json, "$.publisher");

        Assert.Contains("publisher", exception.Message, StringComparison.Ordinal);
        Assert.Equal(6, exception.LineNumber);
    }

    [Fact]
    public void Deserialize_UnknownMemberNested_IsRejectedAtTheMember()
    {
        var json = SampleJson.Issue.Edit("{ \"ordinal\": 1,", "{ \"ordinal\": 1, \"emphasis\": true,");

        ReadAssert.Rejects<NewsletterIssue>(json, "$.articles[0].speeches[0].points[0].emphasis");
        ReadAssert.Rejects<ContentDocument>(json, "$.articles[0].speeches[0].points[0].emphasis");
    }

    [Theory]
    [InlineData("\"ID\": \"x\"", "$.ID")]
    [InlineData("\"$type\": \"x\"", "$.$type")]
    [InlineData("\"$id\": \"x\"", "$.$id")]
    [InlineData("\"$ref\": \"#\"", "$.$ref")]
    public void Deserialize_CaseVariantOrMetadataMember_IsRejectedAsUnknown(string member, string path)
    {
        var json = SampleJson.Issue.Edit("\"publisherId\"", member + ", \"publisherId\"");

        ReadAssert.Rejects<NewsletterIssue>(json, path);
    }

    [Fact]
    public void Deserialize_DuplicateMember_IsRejectedAtTheSecond()
    {
        var json = SampleJson.Issue.Edit("\"publisherId\": \"lmec\",", "\"publisherId\": \"lmec\", \"publisherId\": \"mee\",");

        var exception = ReadAssert.Rejects<NewsletterIssue>(json, "$.publisherId");

        Assert.Contains("Duplicate", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DuplicateMemberWrittenWithEscapes_IsRejected()
    {
        var json = SampleJson.Issue.Edit("\"publisherId\": \"lmec\",", "\"publisherId\": \"lmec\", \"publisher\\u0049d\": \"mee\",");

        ReadAssert.Rejects<NewsletterIssue>(json, "$.publisherId");
    }

    [Fact]
    public void Deserialize_DuplicateIdWrittenWithEscapes_IsRejected()
    {
        var json = SampleJson.Issue.Edit("\"id\": \"lmec-newsletter-2023-06\",", "\"id\": \"lmec-newsletter-2023-06\", \"\\u0069d\": \"other\",");

        ReadAssert.Rejects<NewsletterIssue>(json, "$.id");
    }

    [Fact]
    public void Deserialize_DuplicateMemberNested_IsRejected()
    {
        var json = SampleJson.Issue.Edit("\"modality\": \"hybrid\"", "\"modality\": \"hybrid\", \"modality\": \"online\"");

        ReadAssert.Rejects<NewsletterIssue>(json, "$.articles[0].event.modality");
    }

    [Theory]
    [InlineData("\"en\": \"Newsletter\", \"en\": \"Bulletin\"")]
    [InlineData("\"en\": \"Newsletter\", \"EN\": \"Bulletin\"")]
    [InlineData("\"en\": \"Newsletter\", \"\\u0065n\": \"Bulletin\"")]
    public void Deserialize_DuplicateLanguageTag_IsRejectedAtTheText(string entries)
    {
        var json = SampleJson.Issue.Edit("\"en\": \"Newsletter\"", entries);

        var exception = ReadAssert.Rejects<NewsletterIssue>(json, "$.title");

        Assert.Contains("more than once", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"year\": 2023,", "\"year\": 2023, /* comment */", "$")]
    [InlineData("\"year\": 2023,", "\"year\": 2023, // comment\n", "$")]
    [InlineData("\"year\": 2023,", "\"year\": 2023 /* comment */,", "$")]
    [InlineData("\"startDate\": \"2023-04-25\",", "\"startDate\": \"2023-04-25\", /* comment */", "$.articles[0].event")]
    public void Deserialize_Comment_IsRejected(string find, string replacement, string path)
    {
        var exception = ReadAssert.Rejects<NewsletterIssue>(SampleJson.Issue.Edit(find, replacement), path);

        Assert.Contains("'/'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[ \"energy-transition\" ]", "[ \"energy-transition\", ]", "$.articles[0].topics[1]")]
    [InlineData("\"modality\": \"hybrid\"", "\"modality\": \"hybrid\",", "$.articles[0].event")]
    [InlineData("\"publicationDate\": \"2023-06-25\",", "\"publicationDate\": \"2023-06-25\",,", "$")]
    public void Deserialize_TrailingComma_IsRejected(string find, string replacement, string path)
    {
        ReadAssert.Rejects<NewsletterIssue>(SampleJson.Issue.Edit(find, replacement), path);
    }

    [Theory]
    [InlineData("\"modality\": 2")]
    [InlineData("\"modality\": \"2\"")]
    [InlineData("\"modality\": \"mixed\"")]
    [InlineData("\"modality\": \"Hybrid\"")]
    [InlineData("\"modality\": \"HYBRID\"")]
    [InlineData("\"modality\": \"hybrid,online\"")]
    [InlineData("\"modality\": \" hybrid\"")]
    public void Deserialize_EnumValueNotACamelCaseName_IsRejected(string member)
    {
        var json = SampleJson.Issue.Edit("\"modality\": \"hybrid\"", member);

        var exception = ReadAssert.Rejects<NewsletterIssue>(json, "$.articles[0].event.modality");

        Assert.Contains("offline, online, hybrid", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_IntegerForRequiredEnum_IsRejected()
    {
        var json = SampleJson.Issue.Edit("\"kind\": \"introductory\"", "\"kind\": 1");

        ReadAssert.Rejects<NewsletterIssue>(json, "$.articles[0].speeches[0].kind");
    }

    [Theory]
    [InlineData("\"modality\": null")]
    [InlineData("\"theme\": null")]
    [InlineData("\"endDate\": null")]
    public void Deserialize_NullForOptionalMember_IsRejectedAsTheSchemasDo(string member)
    {
        // The wire format never holds null: an absent value is left out (docs/validation-rules.md, "Explicit null").
        var json = SampleJson.Issue.Edit("\"modality\": \"hybrid\"", member);

        ReadAssert.Rejects<NewsletterIssue>(json, "$.articles[0].event." + member.Split('"')[1]);
    }

    [Theory]
    [InlineData("2023-06-20T09:30:00")]
    [InlineData("2023-06-20T09:30:00.123")]
    [InlineData("2023-06-20")]
    [InlineData("2023-13-20T09:30:00+08:00")]
    [InlineData("2023-02-30T09:30:00+08:00")]
    [InlineData("2023-06-20T24:00:00+08:00")]
    [InlineData("2023-06-20T23:59:60Z")]
    [InlineData("2023-06-20 09:30:00+08:00")]
    [InlineData("2023-06-20T09:30:00+0800")]
    [InlineData("2023-06-20T09:30:00+15:00")]
    [InlineData("2023-06-20T09:30:00.12345678Z")]
    [InlineData("20 June 2023")]
    [InlineData("")]
    public void Deserialize_TimestampWithoutOffsetOrNotRfc3339_IsRejected(string timestamp)
    {
        var json = SampleJson.Article.Edit("2023-06-20T09:30:00+08:00", timestamp);

        var exception = ReadAssert.Rejects<ArticleDocument>(json, "$.submittedAt");

        Assert.Contains("offset", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"submittedAt\": 1687224600")]
    [InlineData("\"submittedAt\": true")]
    [InlineData("\"submittedAt\": {}")]
    public void Deserialize_TimestampNotAString_IsRejected(string member)
    {
        var json = SampleJson.Article.Edit("\"submittedAt\": \"2023-06-20T09:30:00+08:00\"", member);

        ReadAssert.Rejects<ArticleDocument>(json, "$.submittedAt");
    }

    [Theory]
    [InlineData("2023-13-25")]
    [InlineData("2023-02-30")]
    [InlineData("2023-6-25")]
    [InlineData("2023-06-25T00:00:00Z")]
    [InlineData("25/06/2023")]
    public void Deserialize_InvalidDate_IsRejected(string date)
    {
        var json = SampleJson.Issue.Edit("2023-06-25", date);

        ReadAssert.Rejects<NewsletterIssue>(json, "$.publicationDate");
    }

    [Theory]
    [InlineData("6.5")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("2147483648")]
    [InlineData("99999999999999999999999")]
    [InlineData("\"6\"")]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("true")]
    public void Deserialize_NotAnInt32WhereAnIntegerIsExpected_IsRejected(string value)
    {
        var json = SampleJson.Issue.Edit("\"issueNumber\": 6", "\"issueNumber\": " + value);

        ReadAssert.Rejects<NewsletterIssue>(json, "$.issueNumber");
    }

    [Theory]
    [InlineData("6.0")]
    [InlineData("6e0")]
    [InlineData("0.6e1")]
    [InlineData("600E-2")]
    public void Deserialize_WholeNumberWrittenWithFractionOrExponent_IsReadAsTheInteger(string value)
    {
        // JSON Schema, and every validator of the published schemas, compare numbers by value: 6.0 is the integer 6.
        var json = SampleJson.Issue.Edit("\"issueNumber\": 6", "\"issueNumber\": " + value);

        Assert.Equal(6, ContentJson.Deserialize<NewsletterIssue>(json).IssueNumber);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("06")]
    [InlineData("+6")]
    [InlineData("0x6")]
    public void Deserialize_NumberThatIsNotJson_IsRejected(string value)
    {
        var json = SampleJson.Issue.Edit("\"issueNumber\": 6", "\"issueNumber\": " + value);

        ReadAssert.Rejects<NewsletterIssue>(json, "$.issueNumber");
    }

    [Fact]
    public void Deserialize_FloatForNestedOrdinal_IsRejected()
    {
        var json = SampleJson.Issue.Edit("\"ordinal\": 1", "\"ordinal\": 1.5");

        ReadAssert.Rejects<NewsletterIssue>(json, "$.articles[0].speeches[0].points[0].ordinal");
    }

    [Theory]
    [InlineData("\"id\": \"lmec-newsletter-2023-06\"", "\"id\": null", "$.id")]
    [InlineData("\"title\": { \"en\": \"Newsletter\", \"zh-Hans\": \"简报\" }", "\"title\": null", "$.title")]
    [InlineData("\"issueNumber\": 6", "\"issueNumber\": null", "$.issueNumber")]
    [InlineData("\"publicationDate\": \"2023-06-25\"", "\"publicationDate\": null", "$.publicationDate")]
    [InlineData("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": null", "$.schemaVersion")]
    [InlineData("\"language\": \"en\"", "\"language\": null", "$.language")]
    [InlineData("\"kind\": \"newsletterIssue\"", "\"kind\": null", "$.kind")]
    [InlineData("\"speakerId\": \"liu-qing\"", "\"speakerId\": null", "$.articles[0].speeches[0].speakerId")]
    [InlineData("\"topics\": [ \"energy-transition\" ]", "\"topics\": null", "$.articles[0].topics")]
    [InlineData("\"en\": \"Strengthen dialogue.\"", "\"en\": null", "$.articles[0].speeches[0].points[0].text")]
    public void Deserialize_NullForRequiredMember_IsRejectedAtTheMember(string find, string replacement, string path)
    {
        ReadAssert.Rejects<NewsletterIssue>(SampleJson.Issue.Edit(find, replacement), path);
    }

    [Theory]
    [InlineData("\"id\": \"lmec-newsletter-2023-06\",")]
    [InlineData("\"title\": { \"en\": \"Newsletter\", \"zh-Hans\": \"简报\" },")]
    [InlineData("\"language\": \"en\",")]
    public void Deserialize_MissingRequiredMember_IsRejectedAtTheObject(string member)
    {
        var exception = ReadAssert.Rejects<NewsletterIssue>(SampleJson.Issue.Edit(member, string.Empty), "$");

        Assert.Contains("missing required properties", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MissingSchemaVersion_IsRejected()
    {
        var json = SampleJson.Issue.Edit("\"schemaVersion\": \"1.0\",", string.Empty);

        var exception = ReadAssert.Rejects<NewsletterIssue>(json, "$");

        Assert.Contains("schemaVersion", exception.Message, StringComparison.Ordinal);
        ReadAssert.Rejects<ContentDocument>(json, "$");
    }

    [Fact]
    public void Deserialize_NullInsideListOfObjects_IsRejected()
    {
        var json = SampleJson.Issue.Edit("\"organisations\": [", "\"organisations\": [ null,");

        var exception = ReadAssert.Rejects<NewsletterIssue>(json, "$");

        Assert.Contains("'organisations' holds null at index 0", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NullInsideNestedListOfStrings_IsRejected()
    {
        var json = SampleJson.Issue.Edit("[ \"energy-transition\" ]", "[ \"energy-transition\", null ]");

        var exception = ReadAssert.Rejects<NewsletterIssue>(json, "$.articles[0]");

        Assert.Contains("'topics' holds null at index 1", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null")]
    [InlineData(" null ")]
    public void Deserialize_RootNull_IsRejected(string json)
    {
        ReadAssert.Rejects<NewsletterIssue>(json, "$");
        ReadAssert.Rejects<ContentDocument>(json, "$");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n")]
    public void Deserialize_EmptyInput_IsRejected(string json)
    {
        ReadAssert.Rejects<NewsletterIssue>(json, "$");
        ReadAssert.Rejects<ContentDocument>(json, "$");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"newsletterIssue\"")]
    [InlineData("6")]
    [InlineData("{}")]
    public void Deserialize_RootNotADocument_IsRejected(string json)
    {
        ReadAssert.Rejects<NewsletterIssue>(json, "$");
        ReadAssert.Rejects<ContentDocument>(json, "$");
    }

    [Theory]
    [InlineData("x")]
    [InlineData(" {}")]
    [InlineData("{\"kind\": \"article\"}")]
    public void Deserialize_TextAfterTheDocument_IsRejected(string trailing)
    {
        ReadAssert.Rejects<NewsletterIssue>(SampleJson.Issue + trailing, "$");
        ReadAssert.Rejects<ContentDocument>(SampleJson.Issue + trailing, "$");
    }

    [Fact]
    public void Deserialize_SingleQuotes_AreRejected()
    {
        ReadAssert.Rejects<NewsletterIssue>(SampleJson.Issue.Edit("\"year\": 2023", "'year': 2023"), "$");
    }

    [Fact]
    public void Deserialize_WrongKindForRequestedType_IsRejectedAtKind()
    {
        var exception = ReadAssert.Rejects<ArticleDocument>(SampleJson.Issue, "$.kind");

        Assert.Contains("'article'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'newsletterIssue'", exception.Message, StringComparison.Ordinal);
        ReadAssert.Rejects<OrganisationDirectory>(SampleJson.Article, "$.kind");
    }

    [Theory]
    [InlineData("\"kind\": \"NewsletterIssue\"")]
    [InlineData("\"kind\": \"newsletter\"")]
    [InlineData("\"kind\": 0")]
    [InlineData("\"kind\": \"\\ud800\"")]
    public void Deserialize_UnknownKind_IsRejectedAtKind(string member)
    {
        var json = SampleJson.Issue.Edit("\"kind\": \"newsletterIssue\"", member);

        ReadAssert.Rejects<NewsletterIssue>(json, "$.kind");
        var exception = ReadAssert.Rejects<ContentDocument>(json, "$.kind");
        Assert.Contains("newsletterIssue, article, organisationDirectory", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MissingKind_IsRejected()
    {
        var json = SampleJson.Issue.Edit("\"kind\": \"newsletterIssue\",", string.Empty);

        var exception = ReadAssert.Rejects<NewsletterIssue>(json, "$");

        Assert.Contains("kind", exception.Message, StringComparison.Ordinal);
        Assert.Contains("kind", ReadAssert.Rejects<ContentDocument>(json, "$").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ContentDocumentWithSyntaxErrorBeforeKind_IsRejectedWithPath()
    {
        var json = SampleJson.Issue.Edit("\"kind\": \"newsletterIssue\",", "\"note\": [1,], \"kind\": \"newsletterIssue\",");

        ReadAssert.Rejects<ContentDocument>(json, "$.note");
    }

    [Theory]
    [InlineData("\"id\": \"lmec-newsletter-2023-06\"", "\"id\": \"\\ud800\"", "$.id")]
    [InlineData("\"id\": \"lmec-newsletter-2023-06\"", "\"id\": \"a\\udc00b\"", "$.id")]
    [InlineData("\"en\": \"Newsletter\"", "\"en\": \"News\\ud800letter\"", "$.title")]
    [InlineData("\"en\": \"Newsletter\"", "\"\\ud800\": \"Newsletter\"", "$.title")]
    [InlineData("\"modality\": \"hybrid\"", "\"modality\": \"\\ud800\"", "$.articles[0].event.modality")]
    [InlineData("\"publicationDate\": \"2023-06-25\"", "\"publicationDate\": \"\\ud800\"", "$.publicationDate")]
    public void Deserialize_EscapedLoneSurrogate_IsRejectedAsJsonException(string find, string replacement, string path)
    {
        var json = SampleJson.Issue.Edit(find, replacement);

        ReadAssert.Rejects<NewsletterIssue>(json, path);
        ReadAssert.Rejects<ContentDocument>(json, path);
    }

    [Fact]
    public void Deserialize_EscapedLoneSurrogateInTimestamp_IsRejectedAsJsonException()
    {
        ReadAssert.Rejects<ArticleDocument>(SampleJson.Article.Edit("2023-06-20T09:30:00+08:00", "\\ud800"), "$.submittedAt");
    }

    [Fact]
    public void Deserialize_StringWithRawLoneSurrogate_IsRejectedAsJsonException()
    {
        var json = SampleJson.Issue.Edit("\"en\": \"Newsletter\"", "\"en\": \"News\ud800letter\"");

        var concrete = Assert.ThrowsAny<JsonException>(() => ContentJson.Deserialize<NewsletterIssue>(json));
        var any = Assert.ThrowsAny<JsonException>(() => ContentJson.Deserialize<ContentDocument>(json));

        Assert.All([concrete, any], exception =>
        {
            Assert.Equal("$", exception.Path);
            Assert.Equal(5, exception.LineNumber);
            Assert.Equal(24, exception.BytePositionInLine);
        });
    }

    [Fact]
    public void Deserialize_InvalidUtf8_IsRejected()
    {
        var utf8 = Encoding.UTF8.GetBytes(SampleJson.Issue.Edit("\"en\": \"Newsletter\"", "\"en\": \"News~letter\""));
        utf8[Array.IndexOf(utf8, (byte)'~')] = 0xFF;

        ReadAssert.RejectsBytes<NewsletterIssue>(utf8, "$.title");
        ReadAssert.RejectsBytes<ContentDocument>(utf8, "$.title");
    }

    [Fact]
    public void Deserialize_LeadingByteOrderMark_IsSkippedOnce()
    {
        var bom = Encoding.UTF8.GetPreamble();
        var utf8 = bom.Concat(Encoding.UTF8.GetBytes(SampleJson.Issue)).ToArray();
        var expected = ContentJson.Deserialize<NewsletterIssue>(SampleJson.Issue);

        Assert.Equal(expected, ContentJson.Deserialize<NewsletterIssue>("\uFEFF" + SampleJson.Issue));
        Assert.Equal(expected, ContentJson.Deserialize<NewsletterIssue>((ReadOnlySpan<byte>)utf8));
        Assert.Equal(expected, ContentJson.Deserialize<NewsletterIssue>(new MemoryStream(utf8)));
        Assert.Equal(expected, ContentJson.Deserialize<ContentDocument>("\uFEFF" + SampleJson.Issue));
        Assert.Equal(expected, ContentJson.Deserialize<ContentDocument>((ReadOnlySpan<byte>)utf8));
        Assert.Equal(expected, ContentJson.Deserialize<ContentDocument>(new MemoryStream(utf8)));
        Assert.Equal(DocumentKind.NewsletterIssue, ContentJson.DetectKind(utf8));
    }

    [Fact]
    public void Deserialize_TwoByteOrderMarks_AreRejected()
    {
        ReadAssert.Rejects<NewsletterIssue>("\uFEFF\uFEFF" + SampleJson.Issue, "$");
        ReadAssert.Rejects<ContentDocument>("\uFEFF\uFEFF" + SampleJson.Issue, "$");
    }

    [Fact]
    public void Deserialize_Utf16ByteOrderMark_IsRejected()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(SampleJson.Issue)).ToArray();

        ReadAssert.RejectsBytes<NewsletterIssue>(utf16, "$");
        ReadAssert.RejectsBytes<ContentDocument>(utf16, "$");
    }

    [Fact]
    public void DetectKind_TextThatIsNotADocument_IsNull()
    {
        Assert.Null(ContentJson.DetectKind(""u8));
        Assert.Null(ContentJson.DetectKind("null"u8));
        Assert.Null(ContentJson.DetectKind("{\"kind\": \"newsletter\"}"u8));
        Assert.Null(ContentJson.DetectKind("{\"kind\": 0}"u8));
        Assert.Null(ContentJson.DetectKind("{\"id\": \"x\"}"u8));
        Assert.Equal(DocumentKind.Article, ContentJson.DetectKind("{\"id\": [1, {\"kind\": \"x\"}], \"kind\": \"article\"}"u8));
    }
}
