using System.Globalization;

namespace Lmec.Content.Localization;

/// <summary>
/// The languages to look for a culture's messages in, most specific first: the culture, then its parents
/// (<c>zh-TW</c>, <c>zh-Hant</c>, <c>zh</c>; <c>zh-CN</c>, <c>zh-Hans</c>, <c>zh</c>; <c>km-KH</c>, <c>km</c>).
/// </summary>
internal static class CultureFallback
{
    // Guards against a custom culture whose parents never reach the invariant culture.
    private const int MaxDepth = 8;

    /// <summary>Lists the names to look for, most specific first, without duplicates; none for the invariant culture.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The names.</returns>
    internal static List<string> Names(CultureInfo culture)
    {
        var names = new List<string>();
        for (var current = culture; current.Name.Length > 0 && names.Count < MaxDepth; current = current.Parent)
        {
            names.Add(current.Name);
        }

        // Where globalization data is missing (invariant mode, as in trimmed or browser builds) a culture has
        // no parents; the tag's own prefixes then still lead from km-KH to km.
        var name = culture.Name;
        for (var end = name.LastIndexOf('-'); end > 0; end = name.LastIndexOf('-'))
        {
            name = name[..end];
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
