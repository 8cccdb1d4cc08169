using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Model;

namespace Lmec.Content.Tests.Generators;

/// <summary>
/// What the content of one generated document may refer to: its primary language, which every
/// multilingual text has, and the ids of the organisations, people, documents, projects and media it declares.
/// </summary>
/// <param name="Language">The document's primary language tag.</param>
/// <param name="OrganisationIds">The ids of the declared organisations.</param>
/// <param name="PersonIds">The ids of the declared people.</param>
internal sealed record DocumentContext(string Language, IReadOnlyList<string> OrganisationIds, IReadOnlyList<string> PersonIds)
{
    /// <summary>Gets a reference to a declared organisation, or a plausible slug when none is declared.</summary>
    public Gen<string> OrganisationId => OrganisationIds.Count > 0 ? Gen.Elements<string>(OrganisationIds) : TextGenerators.Slug;

    /// <summary>Gets a reference to a declared person, or a plausible slug when none is declared.</summary>
    public Gen<string> PersonId => PersonIds.Count > 0 ? Gen.Elements<string>(PersonIds) : TextGenerators.Slug;

    /// <summary>
    /// Gets who someone is, as a speaker, a contributor or a person in a role is given: a declared person, a text (a
    /// name or a description), or both; the text alone when the document declares no one.
    /// </summary>
    public Gen<(string? PersonId, LocalizedText? Text)> PersonOrText =>
        from which in Gen.Choose(0, 2)
        from personId in PersonId
        from text in Text
        select PersonIds.Count == 0 ? (null, text) : (which == 1 ? null : personId, which == 0 ? null : text);

    /// <summary>Gets the ids of the declared documents.</summary>
    public IReadOnlyList<string> DocumentIds { get; init; } = [];

    /// <summary>Gets the ids of the declared projects.</summary>
    public IReadOnlyList<string> ProjectIds { get; init; } = [];

    /// <summary>Gets the ids of the declared media.</summary>
    public IReadOnlyList<string> MediaIds { get; init; } = [];

    /// <summary>Gets a few distinct references to declared documents, none when none is declared.</summary>
    public Gen<string[]> SomeDocumentIds => Some(DocumentIds);

    /// <summary>Gets a few distinct references to declared projects, none when none is declared.</summary>
    public Gen<string[]> SomeProjectIds => Some(ProjectIds);

    /// <summary>Gets a few distinct references to declared media, none when none is declared.</summary>
    public Gen<string[]> SomeMediaIds => Some(MediaIds);

    /// <summary>Gets a few distinct references to declared organisations, none when none is declared.</summary>
    public Gen<string[]> SomeOrganisationIds => Some(OrganisationIds);

    /// <summary>Gets multilingual text that has a text in the document's language.</summary>
    public Gen<LocalizedText> Text => TextGenerators.Localized(Language);

    private static Gen<string[]> Some(IReadOnlyList<string> ids) =>
        ids.Count > 0 ? Gen.Elements<string>(ids).Many(3).Select(static chosen => chosen.Distinct(StringComparer.Ordinal).ToArray()) : Gen.Constant(Array.Empty<string>());
}
