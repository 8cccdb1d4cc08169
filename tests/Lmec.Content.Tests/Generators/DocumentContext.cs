using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Model;

namespace Lmec.Content.Tests.Generators;

/// <summary>
/// What the content of one generated document may refer to: its primary language, which every
/// multilingual text has, and the ids of the organisations and people it declares.
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

    /// <summary>Gets multilingual text that has a text in the document's language.</summary>
    public Gen<LocalizedText> Text => TextGenerators.Localized(Language);
}
