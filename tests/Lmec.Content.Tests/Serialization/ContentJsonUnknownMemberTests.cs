using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Tests.Generators;
using Lmec.Content.Tests.Support;

namespace Lmec.Content.Tests.Serialization;

/// <summary>
/// Members a newer minor version may write: lenient reading keeps them through a round trip, at the
/// root and nested; strict reading rejects them where they stand.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ContentArbitraries) })]
public class ContentJsonUnknownMemberTests
{
    [Property]
    public void LenientRoundTrip_UnknownMembers_AreKept(ContentDocument document, UnknownMemberPlan plan)
    {
        var (json, _) = UnknownMemberInjector.Inject(document, plan);
        var text = json.ToJsonString();

        foreach (var read in new[] { ContentJson.Deserialize<ContentDocument>(text, ContentReadMode.Lenient), ReadAs.TypeOf(document, text, ContentReadMode.Lenient) })
        {
            var written = ContentJson.Serialize(read);

            Assert.True(JsonNode.DeepEquals(json, JsonNode.Parse(written)), $"Lost or changed members.\nread:    {text}\nwritten: {written}");
            Assert.Equal(written, ContentJson.Serialize(ContentJson.Deserialize<ContentDocument>(written, ContentReadMode.Lenient)));
        }
    }

    [Property]
    public void LenientRead_UnknownMembers_TakePartInEquality(ContentDocument document, UnknownMemberPlan plan)
    {
        var text = UnknownMemberInjector.Inject(document, plan).Json.ToJsonString();

        var first = ContentJson.Deserialize<ContentDocument>(text, ContentReadMode.Lenient);
        var second = ContentJson.Deserialize<ContentDocument>(text, ContentReadMode.Lenient);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(document, first);
    }

    [Property]
    public void StrictRead_UnknownMembers_AreRejectedAtTheFirst(ContentDocument document, UnknownMemberPlan plan)
    {
        var (json, path) = UnknownMemberInjector.Inject(document, plan);
        var text = json.ToJsonString();

        Assert.Equal(path, Assert.ThrowsAny<JsonException>(() => ContentJson.Deserialize<ContentDocument>(text)).Path);
        Assert.Equal(path, Assert.ThrowsAny<JsonException>(() => ReadAs.TypeOf(document, text)).Path);
    }

    [Fact]
    public void LenientRead_UnknownMembers_AreExposedInTheirOrder()
    {
        var json = SampleJson.Issue
            .Edit("\"publisherId\"", "\"zz\": [1, {\"a\": null}], \"$comment\": \"later\", \"publisherId\"")
            .Edit("{ \"ordinal\": 1,", "{ \"ordinal\": 1, \"emphasis\": true,");

        var issue = ContentJson.Deserialize<NewsletterIssue>(json, ContentReadMode.Lenient);

        Assert.Equal(["zz", "$comment"], issue.UnknownMembers.Keys);
        Assert.Equal("[1, {\"a\": null}]", issue.UnknownMembers["zz"].GetRawText());
        Assert.True(issue.Articles[0].Speeches[0].Points[0].UnknownMembers["emphasis"].GetBoolean());
        Assert.Empty(issue.Articles[0].UnknownMembers);
    }

    [Fact]
    public void UnknownMembers_CastToADictionary_CannotBeChanged()
    {
        var json = SampleJson.Issue.Edit("\"publisherId\"", "\"zz\": 1, \"publisherId\"");
        var issue = ContentJson.Deserialize<NewsletterIssue>(json, ContentReadMode.Lenient);
        var written = ContentJson.Serialize(issue);

        foreach (var members in new[] { issue.UnknownMembers, issue.Articles[0].UnknownMembers })
        {
            Assert.False(members is IDictionary<string, JsonElement> { IsReadOnly: false });
            Assert.Throws<NotSupportedException>(() => ((IDictionary<string, JsonElement>)members).Add("yy", default));
        }

        Assert.Equal(["zz"], issue.UnknownMembers.Keys);
        Assert.Empty(issue.Articles[0].UnknownMembers);
        Assert.Equal(written, ContentJson.Serialize(issue));
        Assert.Equal(ContentJson.Deserialize<NewsletterIssue>(json, ContentReadMode.Lenient), issue);
    }

    [Fact]
    public void UnknownMembers_CopyMadeWithWith_KeepsThemAndStaysEqual()
    {
        var json = SampleJson.Issue.Edit("\"publisherId\"", "\"zz\": 1, \"publisherId\"");
        var issue = ContentJson.Deserialize<NewsletterIssue>(json, ContentReadMode.Lenient);

        var copy = issue with { };

        Assert.Equal(issue, copy);
        Assert.Equal(1, copy.UnknownMembers["zz"].GetInt32());
        Assert.Equal(ContentJson.Serialize(issue), ContentJson.Serialize(copy));
    }

    [Fact]
    public void Serialize_UnknownMembers_AreWrittenLastInTheirObject()
    {
        var json = SampleJson.Issue.Edit("\"publisherId\"", "\"zz\": 1, \"publisherId\"");

        var written = ContentJson.Serialize(ContentJson.Deserialize<NewsletterIssue>(json, ContentReadMode.Lenient));

        Assert.EndsWith("\"order\":\"familyNameFirst\"}}],\"zz\":1}", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_WithStrictOptions_LeavesUnknownMembersOut()
    {
        var json = SampleJson.Issue.Edit("\"publisherId\"", "\"zz\": 1, \"publisherId\"");
        var issue = ContentJson.Deserialize<NewsletterIssue>(json, ContentReadMode.Lenient);

        var written = JsonSerializer.Serialize(issue, ContentJson.GetOptions(ContentReadMode.Strict));

        Assert.DoesNotContain("zz", written, StringComparison.Ordinal);
        Assert.Equal(ContentJson.Deserialize<NewsletterIssue>(SampleJson.Issue), ContentJson.Deserialize<NewsletterIssue>(written));
    }

    [Fact]
    public void LenientRead_DuplicateUnknownMember_IsRejected()
    {
        var json = SampleJson.Issue.Edit("\"publisherId\"", "\"zz\": 1, \"zz\": 2, \"publisherId\"");

        ReadAssert.Rejects<NewsletterIssue>(json, "$.zz", ContentReadMode.Lenient);
    }

    [Fact]
    public void LenientRead_DuplicateMemberInsideUnknownValue_IsRejected()
    {
        var json = SampleJson.Issue.Edit("\"publisherId\"", "\"zz\": {\"a\": 1, \"a\": 2}, \"publisherId\"");

        ReadAssert.Rejects<NewsletterIssue>(json, "$.zz", ContentReadMode.Lenient);
    }

    [Theory]
    [InlineData("\"zz\": \"\\ud800\"")]
    [InlineData("\"zz\": [\"ok\", \"\\udc00\"]")]
    [InlineData("\"zz\": {\"\\ud800\": 1}")]
    public void LenientRead_LoneSurrogateInUnknownMember_IsRejected(string member)
    {
        var json = SampleJson.Issue.Edit("\"publisherId\"", member + ", \"publisherId\"");

        ReadAssert.Rejects<NewsletterIssue>(json, "$.zz", ContentReadMode.Lenient);
        ReadAssert.Rejects<ContentDocument>(json, "$.zz", ContentReadMode.Lenient);
    }
}
