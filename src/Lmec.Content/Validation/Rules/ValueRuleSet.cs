using Lmec.Content.Contract;

namespace Lmec.Content.Validation.Rules;

/// <summary>Value rules sorted once by what they check, so that a walk asks each string only the rules of its category.</summary>
internal sealed class ValueRuleSet
{
    /// <summary>Sorts rules.</summary>
    /// <param name="rules">The rules, in the order to run them.</param>
    internal ValueRuleSet(IEnumerable<ValueRule> rules)
    {
        var all = rules.ToArray();
        ByCategory = [.. Enum.GetValues<ValueCategory>().Select(category => all.Where(rule => rule.Handles(category)).ToArray())];
        TextRules = [.. all.Where(static rule => rule.ChecksTexts)];
        StringListRules = [.. all.Where(static rule => rule.ChecksStringLists)];
        LengthRules = [.. all.Where(static rule => rule.ChecksLengths)];
        IntegerRules = [.. all.Where(static rule => rule.ChecksIntegers)];
        IsEmpty = all.Length == 0;
    }

    /// <summary>Gets the rules of each category, indexed by the category's value.</summary>
    internal ValueRule[][] ByCategory { get; }

    /// <summary>Gets the rules that check multilingual texts as a whole.</summary>
    internal ValueRule[] TextRules { get; }

    /// <summary>Gets the rules that check lists of strings as a whole.</summary>
    internal ValueRule[] StringListRules { get; }

    /// <summary>Gets the rules that check strings longer in UTF-16 units than their member allows.</summary>
    internal ValueRule[] LengthRules { get; }

    /// <summary>Gets the rules that check integers.</summary>
    internal ValueRule[] IntegerRules { get; }

    /// <summary>Gets whether there is no rule at all.</summary>
    internal bool IsEmpty { get; }
}
