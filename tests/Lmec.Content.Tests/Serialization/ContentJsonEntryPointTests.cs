using System.Text;
using FsCheck.Xunit;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Tests.Generators;

namespace Lmec.Content.Tests.Serialization;

/// <summary>The string, bytes, stream and asynchronous entry points of <see cref="ContentJson"/> agree.</summary>
[Properties(Arbitrary = new[] { typeof(ContentArbitraries) })]
public class ContentJsonEntryPointTests
{
    [Property]
    public void Serialize_EveryEntryPoint_WritesTheSameBytes(ContentDocument document, bool indented)
    {
        var bytes = ContentJson.SerializeToUtf8Bytes(document, indented);
        using var stream = new MemoryStream();
        ContentJson.Serialize(stream, document, indented);
        using var asyncStream = new MemoryStream();
        ContentJson.SerializeAsync(asyncStream, document, indented).GetAwaiter().GetResult();

        Assert.Equal(bytes, Encoding.UTF8.GetBytes(ContentJson.Serialize(document, indented)));
        Assert.Equal(bytes, stream.ToArray());
        Assert.Equal(bytes, asyncStream.ToArray());
    }

    [Property]
    public void Deserialize_EveryEntryPoint_ReadsTheSameIssue(NewsletterIssue issue) => AssertEntryPointsAgree(issue);

    [Property]
    public void Deserialize_EveryEntryPoint_ReadsTheSameArticle(ArticleDocument article) => AssertEntryPointsAgree(article);

    [Property]
    public void Deserialize_EveryEntryPoint_ReadsTheSameDirectory(OrganisationDirectory directory) => AssertEntryPointsAgree(directory);

    [Property]
    public void DetectKind_AnyDocument_IsItsKind(ContentDocument document)
    {
        Assert.Equal(document.Kind, ContentJson.DetectKind(ContentJson.SerializeToUtf8Bytes(document)));
        Assert.Equal(document.Kind, ContentJson.DetectKind(ContentJson.SerializeToUtf8Bytes(document, indented: true)));
    }

    private static void AssertEntryPointsAgree<TDocument>(TDocument document)
        where TDocument : ContentDocument
    {
        var json = ContentJson.Serialize(document);
        var utf8 = Encoding.UTF8.GetBytes(json);
        foreach (var mode in Enum.GetValues<ContentReadMode>())
        {
            Assert.Equal(document, ContentJson.Deserialize<TDocument>(json, mode));
            Assert.Equal(document, ContentJson.Deserialize<TDocument>((ReadOnlySpan<byte>)utf8, mode));
            Assert.Equal(document, ContentJson.Deserialize<TDocument>(new MemoryStream(utf8), mode));
            Assert.Equal(document, ContentJson.DeserializeAsync<TDocument>(new MemoryStream(utf8), mode).AsTask().GetAwaiter().GetResult());
            Assert.Equal(document, ContentJson.Deserialize<ContentDocument>(json, mode));
            Assert.Equal(document, ContentJson.Deserialize<ContentDocument>((ReadOnlySpan<byte>)utf8, mode));
            Assert.Equal(document, ContentJson.Deserialize<ContentDocument>(new MemoryStream(utf8), mode));
            Assert.Equal(document, ContentJson.DeserializeAsync<ContentDocument>(new MemoryStream(utf8), mode).AsTask().GetAwaiter().GetResult());
        }
    }
}
