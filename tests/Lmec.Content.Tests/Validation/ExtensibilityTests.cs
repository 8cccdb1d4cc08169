using System.Globalization;
using Lmec.Content.Localization;
using Lmec.Content.Model;
using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation;

/// <summary>Partners' own rules, severities and switched-off rules, and structure checks added from other packages.</summary>
public class ExtensibilityTests
{
    // A partner's messages, as a partner's own resources or files would hold them.
    private static readonly MessageCatalog AcmeMessages = MessageCatalog.Default
        .With("en", new StringReader("ACME001 = Too many speeches: {0}."), "acme/en.txt")
        .With("zh-Hans", new StringReader("ACME001 = 演讲过多：{0}。"), "acme/zh-Hans.txt");

    [Fact]
    public void Validate_PartnerRule_RunsAfterBuiltInRulesWithItsCode()
    {
        var report = Validator(options =>
        {
            options.Rules.Add(new NoSpeechesRule());
            options.Messages = AcmeMessages;
        }).Validate(Newsletter);
        var error = Single(report, "ACME001");
        Assert.Equal("/articles/0/speeches", error.Path);
        Assert.Equal(ValidationSeverity.Warning, error.Severity);
        Assert.Equal("Too many speeches: 4.", error.Message);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Validate_PartnerRuleInChinese_WritesItsMessageFromTheCatalogue()
    {
        var report = Validator(options =>
        {
            options.Rules.Add(new NoSpeechesRule());
            options.Messages = AcmeMessages;
            options.Culture = CultureInfo.GetCultureInfo("zh-Hans");
        }).Validate(Newsletter);
        Assert.Equal("演讲过多：4。", Single(report, "ACME001").Message);
    }

    [Fact]
    public void Validate_PartnerRuleWithoutItsMessages_ReportsRuleFailureNamingTheKey()
    {
        var report = Validator(options => options.Rules.Add(new NoSpeechesRule())).Validate(Newsletter);
        Assert.Contains("'ACME001'", Single(report, ValidationCodes.RuleFailed).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PartnerRuleThrows_ReportsRuleFailureAndGoesOn()
    {
        var report = Validator(options => options.Rules.Add(new ThrowingRule())).Validate(Edit(Newsletter, root => root["year"] = 1));
        var error = Single(report, ValidationCodes.RuleFailed);
        Assert.Contains("ThrowingRule (ACME666)", error.Message, StringComparison.Ordinal);
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
        Single(report, ValidationCodes.IssueYearMismatch);
    }

    [Fact]
    public void Validate_SeverityLowered_MakesRuleAWarning()
    {
        var json = Edit(Newsletter, root => root["year"] = 2022);
        var report = Validator(options => options.SetSeverity(ValidationCodes.IssueYearMismatch, ValidationSeverity.Warning)).Validate(json);
        Assert.Equal(ValidationSeverity.Warning, Single(report, ValidationCodes.IssueYearMismatch).Severity);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_SeverityRaised_MakesWarningAnError()
    {
        var json = Edit(Newsletter, root => root["title"]!["en"] = "<b>News</b>");
        var report = Validator(options => options.SetSeverity(ValidationCodes.HtmlInText, ValidationSeverity.Error)).Validate(json);
        Assert.Equal(ValidationSeverity.Error, Single(report, ValidationCodes.HtmlInText).Severity);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Validate_RuleSwitchedOff_IsNotReported()
    {
        var json = Edit(Newsletter, root => root["year"] = 2022);
        var report = Validator(options => options.DisableRule(ValidationCodes.IssueYearMismatch)).Validate(json);
        Assert.True(report.IsValid);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Validate_StructureValidatorCodeSwitchedOff_IsNotReported()
    {
        var structure = new RecordingStructureValidator(_ => [new ValidationError { Code = "LMEC301", Severity = ValidationSeverity.Error, Path = "/title", Message = "m" }]);
        Assert.True(Validator(options => options.DisableRule("LMEC301"), [structure]).Validate(Newsletter).IsValid);
    }

    [Theory]
    [InlineData(ValidationCodes.InvalidSyntax)]
    [InlineData(ValidationCodes.UnknownMember)]
    [InlineData(ValidationCodes.RuleFailed)]
    public void SetSeverity_ReadingCode_Throws(string code)
    {
        var options = new LmecContentOptions();
        Assert.Throws<ArgumentException>(() => options.SetSeverity(code, ValidationSeverity.Warning));
        Assert.Throws<ArgumentException>(() => options.DisableRule(code));
    }

    [Fact]
    public void Constructor_PartnerRuleWithLmecCode_Throws()
    {
        var options = new LmecContentOptions();
        options.Rules.Add(new CodedRule("LMEC250"));
        Assert.Throws<ArgumentException>(() => new ContentValidator(options));
    }

    [Fact]
    public void Constructor_TwoRulesWithOneCode_Throws()
    {
        var options = new LmecContentOptions();
        options.Rules.Add(new CodedRule("ACME1"));
        options.Rules.Add(new CodedRule("ACME1"));
        Assert.Throws<ArgumentException>(() => new ContentValidator(options));
    }

    [Fact]
    public void Constructor_InvalidLimit_Throws()
    {
        var options = new LmecContentOptions();
        options.Limits.MaxDepth = 0;
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContentValidator(options));
    }

    [Fact]
    public void Constructor_OptionsChangedAfterwards_DoNotReachValidator()
    {
        var options = new LmecContentOptions();
        var validator = new ContentValidator(options);
        options.Limits.MaxDocumentBytes = 10;
        options.DisableRule(ValidationCodes.IssueYearMismatch);
        Assert.False(validator.Validate(Edit(Newsletter, root => root["year"] = 2022)).IsValid);
    }

    [Fact]
    public void Validate_StructureValidator_AddsFindingsWithLinesFilledFromPointer()
    {
        var structure = new RecordingStructureValidator(_ =>
        [
            new ValidationError { Code = "LMEC301", Severity = ValidationSeverity.Error, Path = "/articles/0/headline", Message = "too long" },
            new ValidationError { Code = "LMEC302", Severity = ValidationSeverity.Warning, Path = "/title", Message = "given", Line = 99, Column = 9 },
        ]);
        var report = Validator(options => options.Culture = CultureInfo.GetCultureInfo("zh-Hans"), [structure]).Validate(Newsletter);
        var filled = Single(report, "LMEC301");
        Assert.Equal((17, 7), (filled.Line, filled.Column));
        Assert.Equal((99, 9), (Single(report, "LMEC302").Line, Single(report, "LMEC302").Column));
        Assert.Equal(DocumentKind.NewsletterIssue, structure.LastKind);
        Assert.Equal("zh-Hans", structure.LastCulture!.Name);
    }

    [Fact]
    public void Validate_StructureValidatorThrows_ReportsInternalFailure()
    {
        var structure = new RecordingStructureValidator(_ => throw new InvalidCastException("Unable to cast BigInteger"));
        var error = Single(Validator(structure: [structure]).Validate(Newsletter), ValidationCodes.StructureValidatorFailed);
        Assert.Contains("RecordingStructureValidator", error.Message, StringComparison.Ordinal);
        Assert.Contains("BigInteger", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StructureValidatorReturnsNull_IsHarmless() =>
        Assert.True(Validator(structure: [new RecordingStructureValidator(_ => null!)]).Validate(Newsletter).IsValid);

    [Fact]
    public void Validate_StructureValidatorWithoutKnownKind_IsNotAsked()
    {
        var structure = new RecordingStructureValidator();
        Validator(structure: [structure]).Validate("""{"kind":"magazine"}""");
        Assert.Equal(0, structure.Calls);
    }

    [Fact]
    public void TryGetOrganisation_ContextKeptAfterItsValidation_StillAnswersForItsDocument()
    {
        // The rules' index of ids lives in a scratch that the thread's next validation reuses: a context kept past
        // its validation must not see that next document.
        var keeping = new KeepingRule();
        Validator(options => options.Rules.Add(keeping)).Validate(Newsletter);
        var context = keeping.Context!;
        Validator().Validate(Submission);
        Validator().Validate(Edit(Newsletter, static root => root["organisations"]![11]!["id"] = "lmec"));

        Assert.True(context.TryGetOrganisation("wri", out var organisation));
        Assert.Equal("wri", organisation.Id);
        Assert.True(context.TryGetPerson("huang-zhengxue", out var person));
        Assert.Equal("huang-zhengxue", person.Id);
        Assert.False(context.TryGetOrganisation("nobody", out _));
    }

    [Fact]
    public void Constructor_NullStructureValidator_Throws() =>
        Assert.Throws<ArgumentException>(() => new ContentValidator(new LmecContentOptions(), [null!]));

    private sealed class NoSpeechesRule : ContentRule
    {
        public override string Code => "ACME001";

        public override ValidationSeverity DefaultSeverity => ValidationSeverity.Warning;

        public override void Check(ContentDocument document, ContentRuleContext context)
        {
            if (document is NewsletterIssue { Articles: [{ Speeches.Count: > 3 } article, ..] })
            {
                context.Report("/articles/0/speeches", context.Format(Code, article.Speeches.Count));
            }
        }
    }

    private sealed class KeepingRule : ContentRule
    {
        public override string Code => "ACME002";

        public ContentRuleContext? Context { get; private set; }

        public override void Check(ContentDocument document, ContentRuleContext context) => Context = context;
    }

    private sealed class ThrowingRule : ContentRule
    {
        public override string Code => "ACME666";

        public override void Check(ContentDocument document, ContentRuleContext context) => throw new InvalidOperationException("boom");
    }

    private sealed class CodedRule(string code) : ContentRule
    {
        public override string Code => code;

        public override void Check(ContentDocument document, ContentRuleContext context)
        {
            if (!context.TryGetOrganisation("lmec", out _))
            {
                context.Report(JsonPointer.Root, "no lmec");
            }
        }
    }
}
