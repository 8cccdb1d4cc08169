namespace Lmec.Content.Model;

/// <summary>
/// Where the texts of an article in one language come from: the language they were translated from, how, and by
/// whom. Texts in a language no translation names are the article's own.
/// </summary>
/// <example>
/// <code language="json">
/// { "language": "en", "from": "th", "method": "machineReviewed", "reviewed": true, "translatorName": { "en": "LMEC Secretariat" } }
/// </code>
/// </example>
public sealed record TextTranslation : ContentObject
{
    /// <summary>Gets the BCP 47 tag of the language of the translated texts; one the document's texts are written in.</summary>
    public required string Language { get; init; }

    /// <summary>Gets the BCP 47 tag of the language the texts were translated from, which differs from <c>language</c>.</summary>
    public required string From { get; init; }

    /// <summary>Gets how the texts were translated.</summary>
    /// <value>The method, or <see langword="null"/> when not stated.</value>
    public TranslationMethod? Method { get; init; }

    /// <summary>Gets whether a person reviewed the translation against the original.</summary>
    /// <value><see langword="true"/> or <see langword="false"/> as stated, or <see langword="null"/> when not stated.</value>
    public bool? Reviewed { get; init; }

    /// <summary>Gets the ids of the people who translated the texts.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IReadOnlyList<string> TranslatorIds { get; init => field = ContentList.From(value); } = ContentList.Empty<string>();

    /// <summary>Gets the translator's name as printed, when the document does not declare them as a person.</summary>
    /// <value>The name, or <see langword="null"/>.</value>
    public LocalizedText? TranslatorName { get; init; }
}
