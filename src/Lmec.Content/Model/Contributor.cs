namespace Lmec.Content.Model;

/// <summary>
/// Someone who contributed to an article in one role: a person the document declares, or a name as printed, such
/// as <c>Xinhua</c> or a reporter's by-line. One of <c>personId</c> and <c>name</c> is given.
/// </summary>
/// <example>
/// <code language="json">
/// { "role": "photographer", "name": { "en": "Xinhua", "zh-Hans": "新华社" } }
/// </code>
/// </example>
public sealed record Contributor : ContentObject
{
    /// <summary>Gets the part the contributor had.</summary>
    public required ContributorRole Role { get; init; }

    /// <summary>Gets the id of the person who contributed.</summary>
    /// <value>The id, or <see langword="null"/> when the contributor is known by <c>name</c> only.</value>
    public string? PersonId { get; init; }

    /// <summary>Gets the contributor's name as printed, such as <c>Xinhua</c> or <c>Staff reporter</c>.</summary>
    /// <value>The name, or <see langword="null"/> when <c>personId</c> names the contributor.</value>
    public LocalizedText? Name { get; init; }
}
