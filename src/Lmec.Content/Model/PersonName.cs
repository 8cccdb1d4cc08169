namespace Lmec.Content.Model;

/// <summary>
/// A person's name in parts, with the order they are written in (Chinese names are written family name first:
/// <c>Liu Qing</c>, family name <c>Liu</c>, given name <c>Qing</c>), and the name as the source printed it. It has
/// at least a family name, a given name or a printed form; each may be given in any script, with or without a
/// romanisation (<c>zh-Latn-pinyin</c>), whatever the document's primary language.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "familyName": { "zh-Hans": "奥利斯", "en": "Oris" },
///   "givenName": { "zh-Hans": "纳鲁蒙", "en": "Narumon" },
///   "order": "givenNameFirst",
///   "asPrinted": { "zh-Hans": "纳鲁蒙·奥利斯" }
/// }
/// </code>
/// </example>
public sealed record PersonName : ContentObject
{
    /// <summary>Gets the family name.</summary>
    /// <value>The family name, or <see langword="null"/> for a person who has none.</value>
    public LocalizedText? FamilyName { get; init; }

    /// <summary>Gets the given name.</summary>
    /// <value>The given name, or <see langword="null"/> when unknown; a single-part name, common in Myanmar, is a given name alone.</value>
    public LocalizedText? GivenName { get; init; }

    /// <summary>Gets the order in which the parts are written.</summary>
    /// <value>The order; <see langword="null"/> for a name of one part, which needs none.</value>
    public NameOrder? Order { get; init; }

    /// <summary>
    /// Gets the name as the source printed it: a foreign name in Chinese characters with its interpunct
    /// (<c>纳鲁蒙·奥利斯</c>), or a name with an honorific written onto it in Thai or Burmese.
    /// </summary>
    /// <value>The printed name, or <see langword="null"/> when the parts say it all.</value>
    public LocalizedText? AsPrinted { get; init; }

    /// <summary>
    /// Writes the name in <paramref name="language"/>: the printed form when there is one in that language (so that
    /// a separator such as the interpunct of <c>纳鲁蒙·奥利斯</c> is never dropped), else the parts in
    /// <see cref="Order"/> (given name first when there is none), separated as the language the parts are written in
    /// separates them (no space for Chinese, Japanese or Korean, an interpunct for a foreign name in Chinese or
    /// Japanese characters, else a space; a part that falls back to another language is written as that language
    /// writes it, so a name given only in Chinese is 陈建国 in an English summary too), else the printed form in
    /// another language.
    /// </summary>
    /// <param name="language">The BCP 47 tag wanted; each part falls back as <see cref="LocalizedText.Resolve"/> does.</param>
    /// <returns>The name as it is written, such as <c>Liu Qing</c>; empty only for a name with no part at all.</returns>
    public string Format(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (AsPrinted?.InLanguage(language) is { } printed)
        {
            return printed;
        }

        var (family, familyLanguage) = FamilyName?.ResolveWithLanguage(language) ?? (null, language);
        var (given, givenLanguage) = GivenName?.ResolveWithLanguage(language) ?? (null, language);
        if (family is null && given is null)
        {
            return AsPrinted?.Resolve(language) ?? string.Empty;
        }

        var familyFirst = Order == NameOrder.FamilyNameFirst;
        var (first, second) = familyFirst ? (family, given) : (given, family);
        var separator = Separator(family is null ? givenLanguage : familyLanguage, familyFirst);
        return string.Join(separator, new[] { first, second }.Where(static part => !string.IsNullOrEmpty(part)));
    }

    // The primary language subtag decides: "zh-Hant" writes no space, but "zha" (Zhuang) or "kok" (Konkani) does;
    // so does a romanisation, whose script subtag is Latin ("zh-Latn-pinyin": Liu Qing).
    // Chinese, Japanese and Korean write a name family name first without a space; Chinese and Japanese write a
    // foreign name, given name first, with an interpunct (纳鲁蒙·奥利斯, ナルモン・オリス), Korean with a space.
    private static string Separator(string language, bool familyFirst)
    {
        var end = language.IndexOf('-');
        var primary = language.AsSpan(0, end >= 0 ? end : language.Length);
        if (end >= 0 && language.AsSpan(end + 1).StartsWith("Latn", StringComparison.OrdinalIgnoreCase))
        {
            return " ";
        }

        if (primary.Equals("zh", StringComparison.OrdinalIgnoreCase))
        {
            return familyFirst ? string.Empty : "\u00B7";
        }

        if (primary.Equals("ja", StringComparison.OrdinalIgnoreCase))
        {
            return familyFirst ? string.Empty : "\u30FB";
        }

        return familyFirst && primary.Equals("ko", StringComparison.OrdinalIgnoreCase) ? string.Empty : " ";
    }
}
