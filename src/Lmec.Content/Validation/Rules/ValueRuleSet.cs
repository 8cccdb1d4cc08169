using Lmec.Content.Contract;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// Value rules sorted once by what they check, so that a walk asks each string only the rules of its category. A
/// rule is named by its index in <see cref="All"/>, which also indexes the rules that failed in one validation.
/// </summary>
internal sealed class ValueRuleSet
{
    /// <summary>Sorts rules.</summary>
    /// <param name="rules">The rules, in the order to run them.</param>
    internal ValueRuleSet(IEnumerable<ValueRule> rules)
    {
        All = [.. rules];
        ByCategory = [.. Enum.GetValues<ValueCategory>().Select(category => Indexes(rule => rule.Handles(category)))];
        TextRules = Indexes(static rule => rule.ChecksTexts);
        StringListRules = Indexes(static rule => rule.ChecksStringLists);
        LengthRules = Indexes(static rule => rule.ChecksLengths);
        IntegerRules = Indexes(static rule => rule.ChecksIntegers);
    }

    /// <summary>Gets every rule, in the order to run them.</summary>
    internal ValueRule[] All { get; }

    /// <summary>Gets the rules of each category, indexed by the category's value.</summary>
    internal int[][] ByCategory { get; }

    /// <summary>Gets the rules that check multilingual texts as a whole.</summary>
    internal int[] TextRules { get; }

    /// <summary>Gets the rules that check lists of strings as a whole.</summary>
    internal int[] StringListRules { get; }

    /// <summary>Gets the rules that check strings longer in UTF-16 units than their member allows.</summary>
    internal int[] LengthRules { get; }

    /// <summary>Gets the rules that check integers.</summary>
    internal int[] IntegerRules { get; }

    /// <summary>Gets whether there is no rule at all.</summary>
    internal bool IsEmpty => All.Length == 0;

    private int[] Indexes(Func<ValueRule, bool> applies) => [.. Enumerable.Range(0, All.Length).Where(index => applies(All[index]))];
}
