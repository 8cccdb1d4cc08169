using System.Globalization;
using Lmec.Content.Contract;
using Lmec.Content.Localization;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using Lmec.Content.Validation.Rules;

namespace Lmec.Content.Tests.Validation;

public class ValueRuleTests
{
    [Fact]
    public void Check_ValueRuleRunAlone_FindsWhatValidationFinds()
    {
        var json = TestDocuments.Edit(TestDocuments.Newsletter, root =>
        {
            root["contact"]!["details"]!["emails"]![0] = "not-an-address";
            root["organisations"]![3]!["contact"] = System.Text.Json.Nodes.JsonNode.Parse("""{"emails":["also wrong"]}""");
        });
        var document = ContentJson.Deserialize<NewsletterIssue>(json);
        var findings = new ValidationFindings(MessageCatalog.Default, CultureInfo.InvariantCulture, new ContentLimits().MaxFindings);
        var rule = new FormatRule(ValueCategory.Email);
        rule.Check(document, new RuleRun(document, findings, farYearsReported: true).ContextFor(rule));
        var alone = findings.ToReport(new ValidationSettings(new LmecContentOptions()), []).Errors.Select(error => error.Path);
        var together = TestDocuments.Validator().Validate(document).Errors.Where(error => error.Code == rule.Code).Select(error => error.Path);
        Assert.Equal(["/contact/details/emails/0", "/organisations/3/contact/emails/0"], alone);
        Assert.Equal(alone, together);
    }
}
