namespace Lmec.Content.Model;

/// <summary>
/// Whom a speaker spoke or wrote for: a person, an organisation, or a body described in words (<c>on behalf of
/// the LMC co-chairs</c>). It names at least one of them.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "organisationId": "lmc-secretariat",
///   "description": { "en": "the LMC co-chairs" }
/// }
/// </code>
/// </example>
public sealed record Representation : ContentObject
{
    /// <summary>Gets the id of the person spoken for.</summary>
    /// <value>The id, or <see langword="null"/>.</value>
    public string? PersonId { get; init; }

    /// <summary>Gets the id of the organisation spoken for.</summary>
    /// <value>The id, or <see langword="null"/>.</value>
    public string? OrganisationId { get; init; }

    /// <summary>Gets who was spoken for, in words, such as <c>the LMC co-chairs</c>.</summary>
    /// <value>The description, or <see langword="null"/>.</value>
    public LocalizedText? Description { get; init; }
}
