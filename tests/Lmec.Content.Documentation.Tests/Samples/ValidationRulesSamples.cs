using Lmec.Content.Localization;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Lmec.Content.Documentation.Tests.Samples;

/// <summary>The samples of docs/validation-rules.md, each run and checked.</summary>
[Collection(SequentialSamples.Name)]
public sealed class ValidationRulesSamples : SampleFixture
{
    [Fact]
    public void ConfigureRules()
    {
        #region configure-rules
        var services = new ServiceCollection();
        services.AddLmecContent(options =>
        {
            options.SetSeverity(ValidationCodes.IssueYearMismatch, ValidationSeverity.Warning); // LMEC206 as a warning
            options.DisableRule(ValidationCodes.SuspiciousCharacter);                         // LMEC216 off
            options.Rules.Add(new HeadlineLengthRule());                                       // a code of its own: PARTNER001
            options.Messages = MessageCatalog.Load(Path.Combine(AppContext.BaseDirectory, "messages")); // its messages
        });
        #endregion

        Assert.Equal(("LMEC206", "LMEC216"), (ValidationCodes.IssueYearMismatch, ValidationCodes.SuspiciousCharacter));
        using var provider = services.BuildServiceProvider();
        var issue = ContentJson.Deserialize<NewsletterIssue>(File.ReadAllText("newsletter-2023-06.json"));
        var edited = issue with { Year = 2022, Title = new LocalizedText("en", "News\u200Bletter") };
        Assert.Contains(new ContentValidator().Validate(edited).Errors, error => error.Code == "LMEC216");
        var report = provider.GetRequiredService<ContentValidator>().Validate(edited);
        Assert.Contains(report.Errors, error => error.Code == "LMEC206" && error.Severity == ValidationSeverity.Warning);
        Assert.Contains(report.Errors, error => error.Code == "PARTNER001");
        Assert.DoesNotContain(report.Errors, error => error.Code == "LMEC216");
    }
}
