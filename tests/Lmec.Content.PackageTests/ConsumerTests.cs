using System.Globalization;
using Lmec.Content.Interop.Ninjs;
using Lmec.Content.Interop.SchemaOrg;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Lmec.Content.PackageTests;

/// <summary>A .NET consumer's first steps, through the packages' public API only.</summary>
public sealed class ConsumerTests
{
    [Fact]
    public void AddLmecContent_ValidatorAcceptsTheExampleNewsletter()
    {
        using var services = new ServiceCollection().AddLmecContent().BuildServiceProvider();

        var result = services.GetRequiredService<ContentValidator>().Read<NewsletterIssue>(File.ReadAllBytes(TestDocuments.Newsletter));

        Assert.True(result.IsValid, string.Join('\n', result.Report.Errors));
        Assert.NotEmpty(result.GetValidDocument().Articles);
    }

    [Fact]
    public void AddLmecContent_ValidatorReportsUnknownMemberInTheConfiguredLanguage()
    {
        using var services = new ServiceCollection()
            .AddLmecContent(static options => options.Culture = CultureInfo.GetCultureInfo("zh-Hans"))
            .BuildServiceProvider();

        var report = services.GetRequiredService<ContentValidator>().Validate(TestDocuments.InvalidNewsletter());

        var error = Assert.Single(report.Errors);
        Assert.Equal(ValidationCodes.UnknownMember, error.Code);
        Assert.Equal("/" + TestDocuments.UnknownMember, error.Path);
        Assert.Contains("没有字段", error.Message, StringComparison.Ordinal);
        Assert.Throws<ContentValidationException>(() => report.ThrowIfInvalid());
    }

    [Fact]
    public void AddLmecContentSchemas_AddsTheSchemaCheckToContentValidation()
    {
        using var services = new ServiceCollection().AddLmecContent().AddLmecContentSchemas().BuildServiceProvider();
        var validator = services.GetRequiredService<ContentValidator>();

        // A missing member stops the typed read before the rules; the schema check still finds the bad address,
        // with the code the typed path gives it, and a fault both find is reported once.
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestDocuments.Newsletter))!.AsObject();
        document.Remove("publisherId");
        document["contact"]!["details"]!["emails"]![0] = "not an address";

        var valid = validator.Validate(File.ReadAllText(TestDocuments.Newsletter));
        var invalid = validator.Validate(document.ToJsonString());

        Assert.True(valid.IsValid, string.Join('\n', valid.Errors));
        Assert.Single(invalid.Errors, static error => error.Code == ValidationCodes.MissingMember && error.Path == "/publisherId");
        Assert.Contains(invalid.Errors, static error => error.Code == ValidationCodes.InvalidEmail && error.Path == "/contact/details/emails/0");
    }

    [Fact]
    public void ContentJson_RoundTripsTheExampleNewsletter()
    {
        var issue = ContentJson.Deserialize<NewsletterIssue>(File.ReadAllText(TestDocuments.Newsletter));

        var again = ContentJson.Deserialize<NewsletterIssue>(ContentJson.Serialize(issue, indented: true));

        Assert.Equal(issue, again);
    }

    [Fact]
    public void Exports_WriteTheExampleNewsletter()
    {
        var issue = ContentJson.Deserialize<NewsletterIssue>(File.ReadAllText(TestDocuments.Newsletter));

        Assert.Contains(SchemaOrgJsonLd.Context, SchemaOrgJsonLd.Export(issue), StringComparison.Ordinal);
        Assert.StartsWith("{", NinjsExport.ExportArticle(issue, issue.Articles[0]), StringComparison.Ordinal);
    }
}
