using Lmec.Content.Contract;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// The form of the strings of one category (<see cref="WireValues.IsValid"/>, the patterns the schemas state): a
/// country code, a language tag, an e-mail address, an E.164 number, a web link, the wire format's version. A
/// malformed string gets the category's code (<see cref="WireMember.Code"/>).
/// </summary>
/// <param name="category">The category whose strings the rule checks.</param>
internal sealed class FormatRule(ValueCategory category) : ValueRule
{
    /// <inheritdoc/>
    public override string Code { get; } = CategoryFacts.Of(category).Code;

    /// <inheritdoc/>
    internal override bool Handles(ValueCategory candidate) => candidate == category;

    /// <inheritdoc/>
    internal override void CheckValue(WireMember member, string value, JsonPointerBuilder path, RuleRun run)
    {
        // A value whose fault is the digits of another script is NonAsciiDigitsRule's.
        if (!WireValues.IsValid(category, value) && WireValues.CodeOf(category, value) == Code)
        {
            run.Report(this, path.ToString(), Code, ValidationMessages.Display(value));
        }
    }
}
