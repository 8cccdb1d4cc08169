using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Model;

namespace Lmec.Content.Tests.Generators;

/// <summary>Generates the people a document declares, with names in parts and affiliations.</summary>
internal static class PersonGenerators
{
    private static readonly (string Family, string Given, string FamilyZh, string GivenZh)[] ChineseNames =
    [
        ("Liu", "Qing", "刘", "青"), ("Wang", "Qian", "王", "倩"), ("Zhang", "Jianxin", "张", "建新"), ("Huang", "Zhengxue", "黄", "征学"),
    ];

    // Names given in their own script only, or with a romanisation, whatever the document's language.
    private static readonly LocalizedText[] NamesInTheirOwnScript =
    [
        new([new("my", "ကျော်မျိုးထွဋ်")]), new([new("km", "សុខ"), new("km-Latn", "Sok")]), new([new("lo", "ສົມພອນ")]),
        new([new("th", "นฤมล")]), new([new("zh-Hans", "纳鲁蒙·奥利斯"), new("zh-Latn-pinyin", "Nàlǔméng Àolìsī")]),
    ];

    /// <summary>
    /// Generates a name: a Chinese name family-first in English and Chinese; a name of one part, or as printed, in
    /// its own script only; or any name with at least one part, and its order when it has two.
    /// </summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<PersonName> PersonName(DocumentContext context) =>
        Gen.Frequency(
            (1, from name in Gen.Elements(ChineseNames)
                from printed in Gen.Elements<LocalizedText?>(null, new LocalizedText("zh-Hans", name.FamilyZh + name.GivenZh))
                select new PersonName
                {
                    FamilyName = new LocalizedText(context.Language, name.Family).With("zh-Hans", name.FamilyZh),
                    GivenName = new LocalizedText(context.Language, name.Given).With("zh-Hans", name.GivenZh),
                    Order = NameOrder.FamilyNameFirst,
                    AsPrinted = printed,
                }),
            (1, from name in Gen.Elements(NamesInTheirOwnScript)
                from printed in Gen.Elements(true, false)
                select printed ? new PersonName { AsPrinted = name } : new PersonName { GivenName = name }),
            (2, from parts in Gen.Choose(1, 7)
                from family in context.Text
                from given in context.Text
                from printed in context.Text
                from order in Gen.Elements(NameOrder.FamilyNameFirst, NameOrder.GivenNameFirst).OptionalValue()
                select new PersonName
                {
                    FamilyName = (parts & 1) != 0 ? family : null,
                    GivenName = (parts & 2) != 0 ? given : null,
                    AsPrinted = (parts & 4) != 0 ? printed : null,
                    Order = (parts & 3) == 3 ? order ?? NameOrder.GivenNameFirst : order,
                }));

    /// <summary>
    /// Generates <paramref name="min"/> to <paramref name="max"/> people with distinct ids, affiliated with
    /// the context's organisations.
    /// </summary>
    /// <param name="context">The document being generated.</param>
    /// <param name="min">The fewest people.</param>
    /// <param name="max">The most people.</param>
    public static Gen<Person[]> People(DocumentContext context, int min, int max) =>
        from count in Gen.Choose(min, max)
        from people in Gen.CollectToArray(Enumerable.Range(1, count), index => Person(context, $"person-{index}"))
        select people;

    /// <summary>Generates one person.</summary>
    /// <param name="context">The document being generated.</param>
    /// <param name="id">The person's id.</param>
    public static Gen<Person> Person(DocumentContext context, string id) =>
        from name in PersonName(context)
        from honorificPrefix in context.Text.Optional()
        from honorificSuffix in context.Text.Optional()
        from countryCode in TextGenerators.CountryCode.Optional()
        from affiliations in Affiliation(context).Many(2)
        select new Person
        {
            Id = id,
            Name = name,
            HonorificPrefix = honorificPrefix,
            HonorificSuffix = honorificSuffix,
            CountryCode = countryCode,
            Affiliations = affiliations,
        };

    /// <summary>
    /// Generates a position: in a declared organisation, in one only named, or for a country, with at least a
    /// position or an organisation.
    /// </summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<Affiliation> Affiliation(DocumentContext context) =>
        from parts in Gen.Choose(1, 7)
        from organisationId in context.OrganisationId
        from organisationName in context.Text
        from position in context.Text
        from countryCode in TextGenerators.CountryCode.Optional()
        from startDate in TimeGenerators.PartialDate.OptionalValue()
        from endDate in TimeGenerators.PartialDate.OptionalValue()
        from former in Gen.Elements(true, false).OptionalValue()
        select new Affiliation
        {
            OrganisationId = (parts & 1) != 0 ? organisationId : null,
            OrganisationName = (parts & 2) != 0 ? organisationName : null,
            Position = (parts & 4) != 0 ? position : null,
            CountryCode = countryCode,
            StartDate = startDate,
            EndDate = endDate,
            Former = former,
        };
}
