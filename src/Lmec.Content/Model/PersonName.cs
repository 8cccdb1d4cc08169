namespace Lmec.Content.Model;

/// <summary>
/// A person's name in parts, with the order they are written in: Chinese names are written family
/// name first (<c>Liu Qing</c>: family name <c>Liu</c>, given name <c>Qing</c>).
/// </summary>
public sealed record PersonName : ContentObject
{
    /// <summary>Gets the family name.</summary>
    /// <value>The family name, or <see langword="null"/> for a person who has none.</value>
    public LocalizedText? FamilyName { get; init; }

    /// <summary>Gets the given name.</summary>
    /// <value>The given name, or <see langword="null"/> when unknown.</value>
    public LocalizedText? GivenName { get; init; }

    /// <summary>Gets the order in which the parts are written.</summary>
    public required NameOrder Order { get; init; }

    /// <summary>
    /// Writes the name in <paramref name="language"/>, its parts in <see cref="Order"/>, separated by a
    /// space (none for Chinese, Japanese or Korean).
    /// </summary>
    /// <param name="language">The BCP 47 tag wanted; each part falls back as <see cref="LocalizedText.Resolve"/> does.</param>
    /// <returns>The name as it is written, such as <c>Liu Qing</c>.</returns>
    public string Format(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var family = FamilyName?.Resolve(language);
        var given = GivenName?.Resolve(language);
        var (first, second) = Order == NameOrder.FamilyNameFirst ? (family, given) : (given, family);
        var separator = WritesNamesWithoutSpace(language) ? string.Empty : " ";
        return string.Join(separator, new[] { first, second }.Where(static part => !string.IsNullOrEmpty(part)));
    }

    // The primary language subtag decides: "zh-Hant" writes no space, but "zha" (Zhuang) or "kok" (Konkani) does.
    private static bool WritesNamesWithoutSpace(string language)
    {
        var primary = language.AsSpan(0, language.IndexOf('-') is var end and >= 0 ? end : language.Length);
        return primary.Equals("zh", StringComparison.OrdinalIgnoreCase)
            || primary.Equals("ja", StringComparison.OrdinalIgnoreCase)
            || primary.Equals("ko", StringComparison.OrdinalIgnoreCase);
    }
}
