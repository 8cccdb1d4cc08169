using System.Text.Json;
using Lmec.Content.Canonicalization;
using Lmec.Content.Interop.Ninjs;
using Lmec.Content.Interop.SchemaOrg;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Documentation.Tests.Samples;

/// <summary>The samples of docs/integrators.md, each run and checked.</summary>
[Collection(SequentialSamples.Name)]
public sealed class IntegratorSamples : SampleFixture
{
    private static NewsletterIssue Issue => ContentJson.Deserialize<NewsletterIssue>(File.ReadAllText("newsletter-2023-06.json"));

    [Fact]
    public void ExportJsonLd()
    {
        var issue = Issue;

        #region export-jsonld
        string jsonLd = SchemaOrgJsonLd.Export(issue, new JsonLdExportOptions { BaseUri = new Uri("http://en.lmec.org.cn/newsletter/2023-6/") });
        string html = $"<script type=\"application/ld+json\">{jsonLd}</script>";
        #endregion

        Assert.Equal("https://schema.org", JsonDocument.Parse(jsonLd).RootElement.GetProperty("@context").GetString());
        Assert.DoesNotContain("</script>", jsonLd, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("</script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportNinjs()
    {
        var issue = Issue;

        #region export-ninjs
        Article first = issue.Articles[0];
        string ninjs = NinjsExport.ExportArticle(issue, first, new NinjsExportOptions { Indented = true });
        #endregion

        Assert.Equal("text", JsonDocument.Parse(ninjs).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void Digest()
    {
        #region digest
        NewsletterIssue sent = ContentJson.Deserialize<NewsletterIssue>(File.ReadAllText("newsletter-2023-06.json"));
        ContentDigest digest = CanonicalJson.ComputeDigest(sent);
        Console.WriteLine(digest);                     // sha256:<64 hexadecimal digits>

        // The receiver digests the bytes it received: the same digest, however the sender formatted them.
        byte[] received = ContentJson.SerializeToUtf8Bytes(sent);
        Console.WriteLine(CanonicalJson.ComputeDigest(received) == digest);   // True
        #endregion

        Assert.Equal(digest, CanonicalJson.ComputeDigest(received));
        Assert.Equal(digest, CanonicalJson.ComputeDigest(ContentJson.SerializeToUtf8Bytes(sent, indented: true)));
        Assert.StartsWith("sha256:", digest.ToString(), StringComparison.Ordinal);
        Assert.Equal(digest, CanonicalJson.ComputeDigest(File.ReadAllBytes("newsletter-2023-06.json")));
    }
}
