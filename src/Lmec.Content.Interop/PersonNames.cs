using Lmec.Content.Model;

namespace Lmec.Content.Interop;

/// <summary>Writes people's names as the exports and the tool's summaries print them.</summary>
public static class PersonNames
{
    /// <summary>
    /// Writes a name for a text in <paramref name="language"/>, as <see cref="PersonName.Format"/> does, except when
    /// its parts are given only in another language: then they are written as that language writes them, so that a
    /// Chinese name in a Lao text stays <c>陈建国</c> rather than <c>陈 建国</c>.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="language">The BCP 47 tag of the text the name is written in.</param>
    /// <returns>The name as it is written; empty only for a name with no part at all.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>
    /// <see cref="PersonName.Format"/> chooses the separator of the parts by <paramref name="language"/> alone, even
    /// when the parts it finds are in another script.
    /// </remarks>
    public static string Format(PersonName name, string language)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(language);
        var partsLanguage = ResolvedTag(name.FamilyName, language) ?? ResolvedTag(name.GivenName, language);
        var printedLanguage = ResolvedTag(name.AsPrinted, language);
        return partsLanguage is null || SamePrimaryLanguage(partsLanguage, language) || (printedLanguage is not null && SamePrimaryLanguage(printedLanguage, language))
            ? name.Format(language)
            : name.Format(partsLanguage);
    }

    /// <summary>Gets the tag of the text that <see cref="LocalizedText.Resolve"/> finds for a language.</summary>
    private static string? ResolvedTag(LocalizedText? text, string language) =>
        text?.Resolve(language) is { } resolved ? text.First(entry => entry.Value == resolved).Key : null;

    private static bool SamePrimaryLanguage(string tag, string other) =>
        string.Equals(Primary(tag), Primary(other), StringComparison.OrdinalIgnoreCase);

    private static string Primary(string tag) => tag.Split('-')[0];
}
