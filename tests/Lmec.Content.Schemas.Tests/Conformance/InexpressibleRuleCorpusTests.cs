using Lmec.Content.Contract;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Conformance;

/// <summary>
/// The documents of <c>schemas/v1/conformance/valid/</c> that break a rule no schema can state: the published schemas
/// accept each, and <see cref="ContentValidator"/> rejects it with that rule's code alone, at the pointer given.
/// </summary>
public class InexpressibleRuleCorpusTests
{
    [Theory]
    [InlineData("article-document-publication-time-off-its-date.json", ValidationCodes.PublicationTimeMismatch, "/article/publishedAt")]
    [InlineData("article-document-translation-from-its-own-language.json", ValidationCodes.InvalidTranslation, "/article/translations/0/from")]
    [InlineData("article-document-translation-into-no-texts-language.json", ValidationCodes.InvalidTranslation, "/article/translations/0/language")]
    [InlineData("article-document-contributor-unnamed.json", ValidationCodes.ContributorNotIdentified, "/article/contributors/0")]
    public void ValidCorpusDocument_BreakingARuleNoSchemaStates_IsRejectedByThatRuleAlone(string file, string code, string pointer)
    {
        var text = File.ReadAllText(Path.Combine(InvalidCorpus.ValidFolder, file));

        Assert.Contains(code, SchemaInexpressibleRules.Codes.Keys);
        Assert.True(new SchemaValidator().Validate(text).IsValid, $"{file} is in valid/, but the schemas reject it.");
        var error = Assert.Single(new ContentValidator().Validate(text).Errors);
        Assert.Equal((code, pointer), (error.Code, error.Path));
    }
}
