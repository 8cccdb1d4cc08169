using System.Globalization;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests;

public class LmecContentOptionsTests
{
    [Fact]
    public void Clone_ChangedCopy_LeavesTheOriginalAsItWas()
    {
        var original = new LmecContentOptions { Culture = CultureInfo.GetCultureInfo("zh-Hans") }
            .SetSeverity(ValidationCodes.IssueYearMismatch, ValidationSeverity.Warning)
            .DisableRule(ValidationCodes.HtmlInText);
        original.Limits.MaxDepth = 20;
        original.Rules.Add(new QuietRule("ACME001"));

        var copy = original.Clone();
        copy.ReadMode = ContentReadMode.Lenient;
        copy.Culture = CultureInfo.InvariantCulture;
        copy.Limits.MaxDepth = 30;
        copy.SetSeverity(ValidationCodes.BlankText, ValidationSeverity.Warning).DisableRule(ValidationCodes.SuspiciousCharacter);
        copy.Rules.Add(new QuietRule("ACME002"));

        Assert.Equal(ContentReadMode.Strict, original.ReadMode);
        Assert.Equal("zh-Hans", original.Culture!.Name);
        Assert.Equal(20, original.Limits.MaxDepth);
        Assert.Equal([ValidationCodes.IssueYearMismatch], original.Severities.Keys);
        Assert.Equal([ValidationCodes.HtmlInText], original.DisabledRules);
        Assert.Equal(["ACME001"], original.Rules.Select(static rule => rule.Code));
    }

    [Fact]
    public void Clone_Unchanged_HoldsEverySetting()
    {
        var original = new LmecContentOptions { ReadMode = ContentReadMode.Lenient, Culture = CultureInfo.GetCultureInfo("zh-Hans") }
            .SetSeverity(ValidationCodes.IssueYearMismatch, ValidationSeverity.Warning)
            .DisableRule(ValidationCodes.HtmlInText);
        original.Limits.MaxFindings = 7;
        var rule = new QuietRule("ACME001");
        original.Rules.Add(rule);

        var copy = original.Clone();

        Assert.Equal(ContentReadMode.Lenient, copy.ReadMode);
        Assert.Same(original.Culture, copy.Culture);
        Assert.Same(original.Messages, copy.Messages);
        Assert.Equal(7, copy.Limits.MaxFindings);
        Assert.NotSame(original.Limits, copy.Limits);
        Assert.Equal(ValidationSeverity.Warning, copy.Severities[ValidationCodes.IssueYearMismatch]);
        Assert.Equal([ValidationCodes.HtmlInText], copy.DisabledRules);
        Assert.Same(rule, Assert.Single(copy.Rules));
    }

    private sealed class QuietRule(string code) : ContentRule
    {
        public override string Code => code;

        public override void Check(ContentDocument document, ContentRuleContext context)
        {
        }
    }
}
