using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// A built-in rule over the strings and multilingual texts of a document, wherever they stand. Run by
/// validation, all such rules share one walk of the document; <see cref="Check"/> walks for this rule alone.
/// </summary>
internal abstract class ValueRule : ContentRule
{
    /// <summary>Walks the document and checks every string and text it holds.</summary>
    /// <param name="document">The document.</param>
    /// <param name="context">Where findings go.</param>
    public sealed override void Check(ContentDocument document, ContentRuleContext context) =>
        new ModelWalker(new RuleVisitor(new ValueRuleSet([this]), context.Run), findings: null, ContentReadMode.Strict, checkStructure: false).Walk(document);

    /// <summary>Gets whether the rule checks multilingual texts as a whole, through <see cref="CheckText"/>.</summary>
    internal virtual bool ChecksTexts => false;

    /// <summary>Gets whether the rule checks lists of strings as a whole, through <see cref="CheckStringList"/>.</summary>
    internal virtual bool ChecksStringLists => false;

    /// <summary>Gets whether the rule checks strings that may be too long, through <see cref="CheckLength"/>.</summary>
    internal virtual bool ChecksLengths => false;

    /// <summary>Gets whether the rule checks integers, through <see cref="CheckInteger"/>.</summary>
    internal virtual bool ChecksIntegers => false;

    /// <summary>Tells whether the rule checks the strings of a category, through <see cref="CheckValue"/>.</summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    internal virtual bool Handles(ValueCategory category) => false;

    /// <summary>Checks one string of a category the rule <see cref="Handles"/>.</summary>
    /// <param name="member">The member the string belongs to.</param>
    /// <param name="value">The string.</param>
    /// <param name="path">Where it stands.</param>
    /// <param name="run">What the rules of the validation share, and where findings go.</param>
    internal virtual void CheckValue(WireMember member, string value, JsonPointerBuilder path, RuleRun run)
    {
    }

    /// <summary>Checks one integer, when the rule <see cref="ChecksIntegers"/>.</summary>
    /// <param name="member">The member the integer belongs to.</param>
    /// <param name="value">The integer.</param>
    /// <param name="path">Where it stands.</param>
    /// <param name="run">What the rules of the validation share, and where findings go.</param>
    internal virtual void CheckInteger(WireMember member, long value, JsonPointerBuilder path, RuleRun run)
    {
    }

    /// <summary>Checks one multilingual text as a whole, when the rule <see cref="ChecksTexts"/>.</summary>
    /// <param name="member">The member the text belongs to.</param>
    /// <param name="text">The text.</param>
    /// <param name="path">Where it stands.</param>
    /// <param name="run">What the rules of the validation share, and where findings go.</param>
    internal virtual void CheckText(WireMember member, LocalizedText text, JsonPointerBuilder path, RuleRun run)
    {
    }

    /// <summary>Checks one non-empty list of strings as a whole, when the rule <see cref="ChecksStringLists"/>.</summary>
    /// <param name="member">The member that holds the list.</param>
    /// <param name="list">The list.</param>
    /// <param name="path">Where it stands.</param>
    /// <param name="run">What the rules of the validation share, and where findings go.</param>
    internal virtual void CheckStringList(WireMember member, IContentList list, JsonPointerBuilder path, RuleRun run)
    {
    }

    /// <summary>Checks a string with more UTF-16 units than its member allows code points, when the rule <see cref="ChecksLengths"/>.</summary>
    /// <param name="member">The member the string belongs to, which says the limit.</param>
    /// <param name="value">The string.</param>
    /// <param name="path">Where it stands.</param>
    /// <param name="run">What the rules of the validation share, and where findings go.</param>
    internal virtual void CheckLength(WireMember member, string value, JsonPointerBuilder path, RuleRun run)
    {
    }
}
