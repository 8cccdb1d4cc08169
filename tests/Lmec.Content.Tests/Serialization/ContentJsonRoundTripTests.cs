using FsCheck.Xunit;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Tests.Generators;
using Lmec.Content.Tests.Support;

namespace Lmec.Content.Tests.Serialization;

/// <summary>The round-trip laws of the wire format, over generated documents of every kind.</summary>
[Properties(Arbitrary = new[] { typeof(ContentArbitraries) })]
public class ContentJsonRoundTripTests
{
    [Property]
    public void RoundTrip_IssueModelToJsonToModel_IsEqual(NewsletterIssue issue) => AssertModelRoundTrip(issue);

    [Property]
    public void RoundTrip_ArticleModelToJsonToModel_IsEqual(ArticleDocument article) => AssertModelRoundTrip(article);

    [Property]
    public void RoundTrip_DirectoryModelToJsonToModel_IsEqual(OrganisationDirectory directory) => AssertModelRoundTrip(directory);

    [Property]
    public void RoundTrip_ModelToJsonToContentDocument_IsEqual(ContentDocument document)
    {
        foreach (var json in new[] { ContentJson.Serialize(document), ContentJson.Serialize(document, indented: true) })
        {
            var read = ContentJson.Deserialize<ContentDocument>(json);

            Assert.IsType(document.GetType(), read);
            Assert.Equal(document, read);
            Assert.Equal(document, ContentJson.Deserialize<ContentDocument>(json, ContentReadMode.Lenient));
        }
    }

    [Property]
    public void RoundTrip_JsonToModelToJson_IsByteIdentical(ContentDocument document)
    {
        var utf8 = ContentJson.SerializeToUtf8Bytes(document);

        Assert.Equal(utf8, ContentJson.SerializeToUtf8Bytes(ContentJson.Deserialize<ContentDocument>(utf8)));
        Assert.Equal(utf8, ContentJson.SerializeToUtf8Bytes(ReadAs.TypeOf(document, ContentJson.Serialize(document), ContentReadMode.Lenient)));
    }

    [Property]
    public void RoundTrip_IndentedJsonToModelToJson_IsByteIdentical(ContentDocument document)
    {
        var utf8 = ContentJson.SerializeToUtf8Bytes(document, indented: true);

        Assert.Equal(utf8, ContentJson.SerializeToUtf8Bytes(ContentJson.Deserialize<ContentDocument>(utf8), indented: true));
    }

    [Property]
    public void RoundTrip_IndentedJsonToCompactJson_IsTheCompactJson(ContentDocument document)
    {
        var indented = ContentJson.Serialize(document, indented: true);

        Assert.Equal(ContentJson.Serialize(document), ContentJson.Serialize(ContentJson.Deserialize<ContentDocument>(indented)));
    }

    [Property]
    public void RoundTrip_SubmissionTimestamp_KeepsItsOffset(ArticleDocument article)
    {
        // DateTimeOffset equality compares instants only; the offset is part of what was written.
        var read = ContentJson.Deserialize<ArticleDocument>(ContentJson.Serialize(article));

        Assert.Equal(article.SubmittedAt?.Offset, read.SubmittedAt?.Offset);
        Assert.Equal(article.SubmittedAt?.Ticks, read.SubmittedAt?.Ticks);
    }

    private static void AssertModelRoundTrip<TDocument>(TDocument document)
        where TDocument : ContentDocument
    {
        foreach (var indented in new[] { false, true })
        {
            var json = ContentJson.Serialize(document, indented);

            Assert.Equal(document, ContentJson.Deserialize<TDocument>(json));
            Assert.Equal(document, ContentJson.Deserialize<TDocument>(json, ContentReadMode.Lenient));
        }
    }
}
