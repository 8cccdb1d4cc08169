using System.Text.Json;
using Lmec.Content.Canonicalization;
using Lmec.Content.Model;
using Lmec.Content.Schemas.Tests.Conformance;
using Lmec.Content.Serialization;

namespace Lmec.Content.Schemas.Tests.Interop;

/// <summary>The digest test vectors of the conformance corpus hold for another implementation of RFC 8785, and say what is digested.</summary>
public class DigestVectorTests
{
    [SkippableFact]
    public void EveryVector_IndependentRfc8785Implementation_WritesTheCanonicalFormAndDigest()
    {
        using var output = JsonDocument.Parse(NpmTools.Run("digests.mjs", DigestVectors.ConformanceFolder));
        var results = output.RootElement.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(DigestVectors.Read().Count, results.Count);
        Assert.All(results, static result => Assert.True(
            result.GetProperty("canonical").GetBoolean() && result.GetProperty("digest").GetBoolean(),
            result.GetProperty("document").GetString() + ": canonicalize (npm) disagrees"));
    }

    [Fact]
    public void Vectors_CoverEveryValidDocumentAndTheHandWrittenOnes()
    {
        var documents = DigestVectors.Read().Select(static vector => vector.Document).ToList();

        Assert.Contains("digests/documents/written-by-hand.json", documents);
        Assert.Contains("digests/documents/empty-lists.json", documents);
        Assert.All(Directory.EnumerateFiles(InvalidCorpus.ValidFolder, "*.json"), path => Assert.Contains("valid/" + Path.GetFileName(path), documents));
    }

    [Fact]
    public void EmptyLists_DigestOfTheModel_IsTheDigestOfWhatTheSdkWritesNotOfTheBytesReceived()
    {
        // What the docs say: the digest is of the bytes; the model's is of ContentJson's writing, which leaves empty lists out.
        var bytes = File.ReadAllBytes(Path.Combine(DigestVectors.ConformanceFolder, "digests", "documents", "empty-lists.json"));
        var document = ContentJson.Deserialize<ContentDocument>((ReadOnlySpan<byte>)bytes);
        var vector = DigestVectors.Read().Single(static vector => vector.Document == "digests/documents/empty-lists.json");

        Assert.Equal(vector.Digest, CanonicalJson.ComputeDigest(bytes).ToString());
        Assert.NotEqual(vector.Digest, CanonicalJson.ComputeDigest(document).ToString());
        Assert.Equal(CanonicalJson.ComputeDigest(ContentJson.SerializeToUtf8Bytes(document)), CanonicalJson.ComputeDigest(document));
    }
}
