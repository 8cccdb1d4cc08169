using System.Text.Json;
using FsCheck.Xunit;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Tests.Generators;
using Lmec.Content.Tests.Support;

namespace Lmec.Content.Tests.Serialization;

/// <summary>What <see cref="ContentJson"/> writes: names, enums, omissions, escaping and member order.</summary>
[Properties(Arbitrary = new[] { typeof(ContentArbitraries) })]
public class ContentJsonWritingTests
{
    private static readonly string[] Header = ["$schema", "kind", "schemaVersion", "language"];
    private static readonly string[] Declarations = ["organisations", "people", "documents", "projects", "media"];

    [Fact]
    public void Serialize_Sample_WritesCamelCaseMembersAndEnumNames()
    {
        var json = ContentJson.Serialize(ContentJson.Deserialize<NewsletterIssue>(SampleJson.Issue));

        Assert.StartsWith("{\"kind\":\"newsletterIssue\",\"schemaVersion\":\"1.0\",\"language\":\"en\",\"id\":\"lmec-newsletter-2023-06\",", json, StringComparison.Ordinal);
        Assert.Contains("\"publicationDate\":\"2023-06-25\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"cooperationCentre\"", json, StringComparison.Ordinal);
        Assert.Contains("\"modality\":\"hybrid\"", json, StringComparison.Ordinal);
        Assert.Contains("\"order\":\"familyNameFirst\"", json, StringComparison.Ordinal);
        Assert.Contains("\"speakerId\":\"liu-qing\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_EveryEnumValue_IsItsCamelCaseName()
    {
        var accounts = Enum.GetValues<SocialPlatform>().Select(static platform => new SocialAccount { Platform = platform, Handle = "h" });
        var directory = new OrganisationDirectory
        {
            Language = "en",
            Id = "d",
            Title = new LocalizedText("en", "t"),
            Organisations = [new Organisation { Id = "o", Name = new LocalizedText("en", "n"), Kind = OrganisationKind.IntergovernmentalOrganisation, Contact = new ContactDetails { SocialAccounts = [.. accounts] } }],
        };

        var json = ContentJson.Serialize(directory);

        Assert.Contains("\"kind\":\"intergovernmentalOrganisation\"", json, StringComparison.Ordinal);
        Assert.Contains("\"platform\":\"weChat\"", json, StringComparison.Ordinal);
        Assert.Contains("\"platform\":\"linkedIn\"", json, StringComparison.Ordinal);
        Assert.Contains("\"platform\":\"x\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NullsAndEmptyLists_AreOmitted()
    {
        var issue = new NewsletterIssue
        {
            Language = "en",
            Id = "x",
            Title = new LocalizedText("en", "Newsletter"),
            PublisherId = "lmec",
            IssueNumber = 6,
            Year = 2023,
            PublicationDate = new DateOnly(2023, 6, 25),
            Articles = [new Article { Id = "a", Headline = new LocalizedText("en", "h"), Topics = [], Event = null }],
        };

        Assert.Equal(
            "{\"kind\":\"newsletterIssue\",\"schemaVersion\":\"1.0\",\"language\":\"en\",\"id\":\"x\",\"title\":{\"en\":\"Newsletter\"},\"publisherId\":\"lmec\",\"issueNumber\":6,\"year\":2023,\"publicationDate\":\"2023-06-25\",\"articles\":[{\"id\":\"a\",\"headline\":{\"en\":\"h\"}}]}",
            ContentJson.Serialize(issue));
    }

    [Property]
    public void Serialize_AnyDocument_WritesNoNullAndNoEmptyList(ContentDocument document)
    {
        using var json = JsonDocument.Parse(ContentJson.SerializeToUtf8Bytes(document));

        AssertNoNullOrEmptyList(json.RootElement, "$");
    }

    [Property]
    public void Serialize_AnyDocument_WritesHeaderFirstAndDeclarationsLast(ContentDocument document)
    {
        using var json = JsonDocument.Parse(ContentJson.SerializeToUtf8Bytes(document));
        var names = json.RootElement.EnumerateObject().Select(static member => member.Name).ToArray();

        var header = Header.Where(names.Contains).ToArray();
        var declarations = Declarations.Where(names.Contains).ToArray();
        Assert.Equal(header, names.Take(header.Length));
        Assert.Equal(declarations, names.TakeLast(declarations.Length));
        Assert.Equal(["kind", "schemaVersion", "language"], header.Where(static name => name != "$schema"));
    }

    [Fact]
    public void Serialize_Schema_IsWrittenFirst()
    {
        var issue = ContentJson.Deserialize<NewsletterIssue>(SampleJson.Issue) with { Schema = "https://example.org/newsletter-issue.schema.json" };

        Assert.StartsWith("{\"$schema\":\"https://example.org/newsletter-issue.schema.json\",\"kind\":", ContentJson.Serialize(issue), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ChineseText_IsNotEscaped()
    {
        var json = ContentJson.Serialize(ContentJson.Deserialize<NewsletterIssue>(SampleJson.Issue));

        Assert.Contains("\"zh-Hans\":\"简报\"", json, StringComparison.Ordinal);
        Assert.Contains("澜沧江-湄公河环境合作中心", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_HtmlSensitiveCharacters_AreEscaped()
    {
        var directory = new OrganisationDirectory { Language = "en", Id = "d", Title = new LocalizedText("en", "<b>Tom & Jerry's \"news\"</b>") };

        var json = ContentJson.Serialize(directory);

        Assert.Contains("{\"en\":\"\\u003Cb\\u003ETom \\u0026 Jerry\\u0027s \\u0022news\\u0022\\u003C/b\\u003E\"}", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+861082268242", "+861082268242")]
    [InlineData("a+<b", "a+\\u003Cb")]
    [InlineData("<+>+&", "\\u003C+\\u003E+\\u0026")]
    [InlineData("++简报+", "++简报+")]
    public void Serialize_PlusSign_IsWrittenAsItselfWhileHtmlStaysEscaped(string text, string expected)
    {
        var directory = new OrganisationDirectory { Language = "en", Id = "d", Title = new LocalizedText("en", text) };

        Assert.Contains($"{{\"en\":\"{expected}\"}}", ContentJson.Serialize(directory), StringComparison.Ordinal);
        Assert.Contains($"\"en\": \"{expected}\"", ContentJson.Serialize(directory, indented: true), StringComparison.Ordinal);
        Assert.Equal(directory, ContentJson.Deserialize<OrganisationDirectory>(ContentJson.SerializeToUtf8Bytes(directory)));
    }

    [Fact]
    public void Serialize_TimestampOffset_KeepsItsPlusSign()
    {
        var submission = ContentJson.Deserialize<ArticleDocument>(File.ReadAllText(Testing.RepositoryPaths.Example("article-asia-foundation-submission.json")));

        Assert.Contains("\"submittedAt\":\"2023-05-10T09:30:00+08:00\"", ContentJson.Serialize(submission), StringComparison.Ordinal);
    }

    [Property]
    public void Serialize_AnyDocument_WritesNoRawHtmlSensitiveCharacter(ContentDocument document)
    {
        var utf8 = ContentJson.SerializeToUtf8Bytes(document);

        Assert.Equal(-1, utf8.AsSpan().IndexOfAny("<>&'"u8));
    }

    [Fact]
    public void Serialize_Indented_IndentsByTwoSpaces()
    {
        var json = ContentJson.Serialize(ContentJson.Deserialize<ArticleDocument>(SampleJson.Article), indented: true);

        Assert.StartsWith("{\n  \"kind\": \"article\",\n  \"schemaVersion\": \"1.0\",\n  \"language\": \"en\",\n  \"article\": {\n    \"id\": \"wri-report\",", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Utf8Bytes_HaveNoByteOrderMark()
    {
        var utf8 = ContentJson.SerializeToUtf8Bytes(ContentJson.Deserialize<ArticleDocument>(SampleJson.Article));

        Assert.Equal((byte)'{', utf8[0]);
    }

    [Fact]
    public async Task Serialize_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ContentJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => ContentJson.SerializeToUtf8Bytes(null!));
        Assert.Throws<ArgumentNullException>(() => ContentJson.Serialize(new MemoryStream(), null!));
        Assert.Throws<ArgumentNullException>(() => ContentJson.Serialize(null!, ContentJson.Deserialize<ArticleDocument>(SampleJson.Article)));
        await Assert.ThrowsAsync<ArgumentNullException>(() => ContentJson.SerializeAsync(new MemoryStream(), null!));
    }

    [Fact]
    public void Serialize_UndefinedEnumValue_IsRefused()
    {
        var article = ContentJson.Deserialize<ArticleDocument>(SampleJson.Article);
        var broken = article with { Article = article.Article with { Speeches = [new Speech { SpeakerId = "p", Kind = (SpeechKind)99 }] } };

        Assert.ThrowsAny<JsonException>(() => ContentJson.Serialize(broken));
    }

    [Fact]
    public void GetOptions_UndefinedMode_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ContentJson.GetOptions((ContentReadMode)2));
        Assert.True(ContentJson.GetOptions(ContentReadMode.Strict).IsReadOnly);
        Assert.True(ContentJson.GetOptions(ContentReadMode.Lenient).IsReadOnly);
    }

    private static void AssertNoNullOrEmptyList(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                Assert.Fail($"null written at {path}");
                break;
            case JsonValueKind.Array:
                Assert.True(element.GetArrayLength() > 0, $"empty list written at {path}");
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    AssertNoNullOrEmptyList(item, $"{path}[{index++}]");
                }

                break;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    AssertNoNullOrEmptyList(member.Value, $"{path}.{member.Name}");
                }

                break;
            default:
                break;
        }
    }
}
