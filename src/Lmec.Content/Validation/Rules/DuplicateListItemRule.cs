using System.Runtime.InteropServices;
using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// A list of strings (ids, references, topics, country codes, e-mail addresses…) names each value once, as
/// the schemas' <c>uniqueItems</c> says; a repeat is reported where it stands, naming the first.
/// </summary>
internal sealed class DuplicateListItemRule : ValueRule
{
    private const int ShortList = 16;

    /// <inheritdoc/>
    public override string Code => ValidationCodes.DuplicateListItem;

    /// <inheritdoc/>
    internal override bool ChecksStringLists => true;

    /// <inheritdoc/>
    internal override void CheckStringList(WireMember member, IContentList list, JsonPointerBuilder path, RuleRun run)
    {
        // Most lists hold a few strings: comparing each with those before it allocates nothing. A long list
        // (up to the array limit) is indexed instead, so that no list costs more than one pass.
        Dictionary<string, int>? firstIndex = list.Count > ShortList ? new(list.Count, StringComparer.Ordinal) : null;
        for (var index = 0; index < list.Count; index++)
        {
            if (list[index] is string value && FindEarlier(list, index, value, firstIndex) is var earlier and >= 0)
            {
                path.Push(index);
                run.Report(this, path.ToString(), Code, ValidationMessages.Display(value), earlier);
                path.Pop();
            }
        }
    }

    private static int FindEarlier(IContentList list, int index, string value, Dictionary<string, int>? firstIndex)
    {
        if (firstIndex is not null)
        {
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(firstIndex, value, out var seen);
            if (!seen)
            {
                first = index;
                return -1;
            }

            return first;
        }

        for (var earlier = 0; earlier < index; earlier++)
        {
            if (string.Equals(list[earlier] as string, value, StringComparison.Ordinal))
            {
                return earlier;
            }
        }

        return -1;
    }
}
