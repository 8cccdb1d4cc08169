using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Model;

namespace Lmec.Content.Tests.Generators;

/// <summary>Generates the organisations a document declares, and places.</summary>
internal static class OrganisationGenerators
{
    /// <summary>Generates a place such as the city where an event was held.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<Place> Place(DocumentContext context) =>
        from name in context.Text.Optional()
        from locality in context.Text.Optional()
        from region in context.Text.Optional()
        from country in TextGenerators.CountryCode.Optional()
        from url in TextGenerators.Url.Optional()
        select new Place { Name = name, Locality = locality, Region = region, CountryCode = country, Url = url };

    /// <summary>
    /// Generates <paramref name="min"/> to <paramref name="max"/> organisations with distinct ids; each
    /// may belong to one declared before it.
    /// </summary>
    /// <param name="language">The document's primary language.</param>
    /// <param name="min">The fewest organisations.</param>
    /// <param name="max">The most organisations.</param>
    public static Gen<Organisation[]> Organisations(string language, int min, int max) =>
        from slugs in Gen.Elements("lmec", "mee", "fecomce", "wri", "taf", "unep-china", "ciis", "ndrc", "monre", "mnrec").Between(min, max)
        let ids = slugs.Select(static (slug, index) => $"{slug}-{index + 1}").ToArray()
        from organisations in Gen.CollectToArray(
            Enumerable.Range(0, ids.Length),
            index => Organisation(new DocumentContext(language, ids[..index], []), ids[index]))
        select organisations;

    /// <summary>Generates one organisation with every optional part present some of the time.</summary>
    /// <param name="context">The document being generated; its organisations are the possible parents.</param>
    /// <param name="id">The organisation's id.</param>
    public static Gen<Organisation> Organisation(DocumentContext context, string id) =>
        from name in context.Text
        from abbreviation in Gen.Elements("LMEC", "MEE", "WRI", "UNEP", "CIIS", "NDRC", "中心").Optional()
        from aliases in context.Text.Many(2)
        from kind in Gen.Elements(Enum.GetValues<OrganisationKind>()).OptionalValue()
        from parentId in context.OrganisationIds.Count > 0 ? context.OrganisationId.Optional() : Gen.Constant<string?>(null)
        from countries in TextGenerators.CountryCode.Many(3)
        from foundedYear in Gen.Choose(1949, 2023).OptionalValue()
        from headquarters in Place(context).Optional()
        from mission in context.Text.Optional()
        from contact in ContactGenerators.ContactDetails(context).Optional()
        select new Organisation
        {
            Id = id,
            Name = name,
            Abbreviation = abbreviation,
            Aliases = aliases,
            Kind = kind,
            ParentId = parentId,
            CountryCodes = countries,
            FoundedYear = foundedYear,
            Headquarters = headquarters,
            Mission = mission,
            Contact = contact,
        };
}
