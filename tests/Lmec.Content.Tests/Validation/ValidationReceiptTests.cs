using System.Text;
using System.Text.RegularExpressions;
using Lmec.Content.Canonicalization;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Validation;

public class ValidationReceiptTests
{
    private static readonly ContentValidator Validator = new();

    private static byte[] Article => File.ReadAllBytes(RepositoryPaths.Example("article-asia-foundation-submission.json"));

    [Fact]
    public void CreateReceipt_Example_BindsItsDigestTheVersionsTheSettingsAndTheVerdict()
    {
        var receipt = Validator.CreateReceipt(Article);

        Assert.Equal(CanonicalJson.ComputeDigest(Article), receipt.Digest);
        Assert.True(receipt.DigestIsCanonical);
        Assert.Equal("1.0", receipt.SchemaVersion);
        Assert.Matches("^sha256:[0-9a-f]{16}$", receipt.RuleCatalogue);
        Assert.StartsWith("1.0.0", receipt.ToolVersion, StringComparison.Ordinal);
        Assert.Equal(ContentReadMode.Strict, receipt.ReadMode);
        Assert.True(receipt.IsValid);
        Assert.Equal(Validator.Validate((ReadOnlyMemory<byte>)Article).Errors.Select(static error => error.Code).Distinct().Order(StringComparer.Ordinal), receipt.Codes);
    }

    [Fact]
    public void ToJson_ParsedBack_IsTheSameReceipt()
    {
        var options = new LmecContentOptions { ReadMode = ContentReadMode.Lenient }.DisableRule(ValidationCodes.HtmlInText).SetSeverity(ValidationCodes.FarYear, ValidationSeverity.Error);
        var receipt = new ContentValidator(options).CreateReceipt(Encoding.UTF8.GetBytes("{\"kind\": \"poster\"}"));

        var json = receipt.ToJson();
        var parsed = ValidationReceipt.Parse(json);

        Assert.Equal(json, parsed.ToJson());
        Assert.Equal(ContentReadMode.Lenient, parsed.ReadMode);
        Assert.Equal([ValidationCodes.HtmlInText], parsed.DisabledRules);
        Assert.Equal(ValidationSeverity.Error, parsed.Severities[ValidationCodes.FarYear]);
        Assert.False(parsed.IsValid);
        Assert.Contains(ValidationCodes.InvalidEnumValue, parsed.Codes);
    }

    [Fact]
    public void VerifyReceipt_SameDocumentWrittenOtherwise_IsVerified()
    {
        var receipt = ValidationReceipt.Parse(Validator.CreateReceipt(Article).ToJson());
        var reformatted = ContentJson.SerializeToUtf8Bytes(ContentJson.Deserialize<Lmec.Content.Model.ContentDocument>((ReadOnlySpan<byte>)Article), indented: false);

        var verification = Validator.VerifyReceipt(reformatted, receipt);

        Assert.True(verification.IsVerified);
        Assert.True(verification.Report.IsValid);
    }

    [Fact]
    public void VerifyReceipt_OneByteOfTheDocumentChanged_FailsOnTheDigest()
    {
        var receipt = Validator.CreateReceipt(Article);
        var changed = Article;
        var at = Encoding.UTF8.GetString(changed).IndexOf("Beijing", StringComparison.Ordinal);
        changed[at] = (byte)'b';

        var verification = Validator.VerifyReceipt(changed, receipt);

        Assert.False(verification.DigestMatches);
        Assert.False(verification.IsVerified);
        Assert.True(verification.SettingsMatch && verification.VerdictMatches);
    }

    [Fact]
    public void VerifyReceipt_ReceiptClaimingAnotherVerdict_FailsOnTheVerdict()
    {
        var bad = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Article).Replace("\"kind\": \"article\"", "\"kind\": \"poster\"", StringComparison.Ordinal));
        var claimed = Regex.Replace(Validator.CreateReceipt(bad).ToJson(), "\"valid\": false", "\"valid\": true");

        var verification = Validator.VerifyReceipt(bad, ValidationReceipt.Parse(claimed));

        Assert.True(verification.DigestMatches);
        Assert.False(verification.VerdictMatches);
        Assert.False(verification.IsVerified);
    }

    [Fact]
    public void VerifyReceipt_ValidatorWithOtherSettings_FailsOnTheSettings()
    {
        var receipt = Validator.CreateReceipt(Article);

        var verification = new ContentValidator(new LmecContentOptions { ReadMode = ContentReadMode.Lenient }).VerifyReceipt(Article, receipt);

        Assert.False(verification.SettingsMatch);
        Assert.False(verification.IsVerified);
    }

    [Fact]
    public void CreateReceipt_TextThatIsNotJson_BindsTheDigestOfItsBytes()
    {
        var text = Encoding.UTF8.GetBytes("{\"kind\": ");

        var receipt = Validator.CreateReceipt(text);

        Assert.False(receipt.DigestIsCanonical);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(text)), receipt.Digest.ToString());
        Assert.False(receipt.IsValid);
        Assert.True(Validator.VerifyReceipt(text, receipt).IsVerified);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"receipt\": \"something-else/1\"}")]
    [InlineData("{\"receipt\": \"lmec-content-validation-receipt/1\"}")]
    public void Parse_NotAReceipt_ThrowsFormatException(string json) =>
        Assert.Throws<FormatException>(() => ValidationReceipt.Parse(json));
}
