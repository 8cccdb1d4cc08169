namespace Lmec.Content.Model;

/// <summary>
/// A person in one role of an event, such as its chair or the head of a delegation: a person the document
/// declares, or an office holder the source describes without naming, such as "Myanmar's Ambassador".
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "role": "headOfDelegation",
///   "description": { "en": "Myanmar's Ambassador to China" },
///   "countryCode": "MM"
/// }
/// </code>
/// </example>
public sealed record PersonRole : ContentObject
{
    /// <summary>Gets the role.</summary>
    public required PersonRoleKind Role { get; init; }

    /// <summary>Gets the id of the person in the role.</summary>
    /// <value>The id, or <see langword="null"/> when the source does not name the person; then <see cref="Description"/> says who it was.</value>
    public string? PersonId { get; init; }

    /// <summary>Gets who held the role, as the source describes them, such as "Myanmar's Ambassador to China".</summary>
    /// <value>The description, or <see langword="null"/> when <see cref="PersonId"/> names the person.</value>
    public LocalizedText? Description { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code of the country the person represented, such as the country of a delegation.</summary>
    /// <value>The code, or <see langword="null"/> when none.</value>
    public string? CountryCode { get; init; }
}
