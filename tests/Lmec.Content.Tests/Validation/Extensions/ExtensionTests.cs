using System.Text.Json;
using System.Text.Json.Nodes;
using Lmec.Content.Canonicalization;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;
using Lmec.Content.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Lmec.Content.Tests.Validation.Extensions;

public class ExtensionTests
{
    private const string Review = "https://partner.example.org/lmec/review/v1";
    private const string ReviewPointer = "/extensions/https:~1~1partner.example.org~1lmec~1review~1v1";

    private static readonly ContentExtension ReviewType = ContentExtension.ForType(new Uri(Review), ReviewExtensionContext.Default.ReviewExtension);

    [Fact]
    public void Validate_RegisteredExtensionWithItsContent_FindsNothingOfIt()
    {
        var report = Validator().Validate(WithReview(new JsonObject { ["status"] = "accepted", ["reviewer"] = "lmec" }));

        Assert.DoesNotContain(report.Errors, static error => error.Path.StartsWith("/extensions", StringComparison.Ordinal));
        Assert.True(report.IsValid, string.Join("\n", report.Errors));
    }

    [Theory]
    [InlineData("{\"status\": 3}", "/status")]
    [InlineData("{\"reviewer\": \"lmec\"}", "")]
    [InlineData("{\"status\": \"accepted\", \"score\": 5}", "/score")]
    [InlineData("[]", "")]
    public void Validate_RegisteredExtensionWithOtherContent_ReportsItAtThePointerInside(string content, string inside)
    {
        var report = Validator().Validate(WithReview(JsonNode.Parse(content)!));

        var error = Assert.Single(report.Errors, static error => error.Code == ValidationCodes.InvalidExtension);
        Assert.Equal(ReviewPointer + inside, error.Path);
        Assert.Equal(ValidationSeverity.Error, error.Severity);
        Assert.NotNull(error.Line);
        Assert.Contains(Review, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ContentReadMode.Strict, ValidationSeverity.Error)]
    [InlineData(ContentReadMode.Lenient, ValidationSeverity.Warning)]
    public void Validate_ExtensionNoOneRegistered_IsReportedByReadingModeAndKept(ContentReadMode mode, ValidationSeverity severity)
    {
        var json = WithReview(new JsonObject { ["anything"] = new JsonArray(1, "two") });

        var result = new ContentValidator(new LmecContentOptions { ReadMode = mode }).Read<ArticleDocument>(json);

        var error = Assert.Single(result.Report.Errors, static error => error.Code == ValidationCodes.UnknownExtension);
        Assert.Equal((severity, ReviewPointer), (error.Severity, error.Path));
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse("{\"anything\": [1, \"two\"]}").RootElement, result.Document!.Extensions[Review]));
    }

    [Theory]
    [InlineData(ContentReadMode.Strict)]
    [InlineData(ContentReadMode.Lenient)]
    public void RoundTrip_DocumentWithAnExtension_WritesItBackUnchanged(ContentReadMode mode)
    {
        var json = WithReview(new JsonObject { ["status"] = "accepted", ["nested"] = new JsonObject { ["a"] = new JsonArray(1.5, true, null) } });

        var document = ContentJson.Deserialize<ArticleDocument>(json, mode);
        var written = ContentJson.Serialize(document);

        Assert.Equal(CanonicalJson.Canonicalize(System.Text.Encoding.UTF8.GetBytes(json)), CanonicalJson.Canonicalize(System.Text.Encoding.UTF8.GetBytes(written)));
        Assert.Equal(document, ContentJson.Deserialize<ArticleDocument>(written, mode));
    }

    [Fact]
    public void Equals_DocumentsWithOtherExtensionContent_AreNotEqual()
    {
        var accepted = ContentJson.Deserialize<ArticleDocument>(WithReview(new JsonObject { ["status"] = "accepted" }));
        var same = ContentJson.Deserialize<ArticleDocument>(WithReview(new JsonObject { ["status"] = "accepted" }));
        var rejected = ContentJson.Deserialize<ArticleDocument>(WithReview(new JsonObject { ["status"] = "rejected" }));

        Assert.Equal(accepted, same);
        Assert.Equal(accepted.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(accepted, rejected);
        Assert.Empty(ContentJson.Deserialize<ArticleDocument>(File.ReadAllText(RepositoryPaths.Example("article-asia-foundation-submission.json"))).Extensions);
    }

    [Fact]
    public void AddLmecContent_ExtensionRegisteredInOptions_ReachesTheValidator()
    {
        using var provider = new ServiceCollection().AddLmecContent(options => options.Extensions.Add(ReviewType)).BuildServiceProvider();

        var report = provider.GetRequiredService<ContentValidator>().Validate(WithReview(new JsonObject { ["status"] = 3 }));

        Assert.Contains(report.Errors, static error => error.Code == ValidationCodes.InvalidExtension);
    }

    [Fact]
    public void Options_TwoExtensionsWithOneUri_AreRefused()
    {
        var options = new LmecContentOptions();
        options.Extensions.Add(ReviewType);
        options.Extensions.Add(ContentExtension.ForType(new Uri(Review), ReviewExtensionContext.Default.ReviewExtension));

        Assert.Throws<ArgumentException>(() => new ContentValidator(options));
    }

    [Theory]
    [InlineData("urn:partner:review")]
    [InlineData("file:///review")]
    public void ForType_UriThatIsNoWebLink_Throws(string uri) =>
        Assert.Throws<ArgumentException>(() => ContentExtension.ForType(new Uri(uri), ReviewExtensionContext.Default.ReviewExtension));

    private static ContentValidator Validator()
    {
        var options = new LmecContentOptions();
        options.Extensions.Add(ReviewType);
        return new ContentValidator(options);
    }

    private static string WithReview(JsonNode content) =>
        JsonEdit.Set(File.ReadAllText(RepositoryPaths.Example("article-asia-foundation-submission.json")), "/extensions", new JsonObject { [Review] = content });
}
