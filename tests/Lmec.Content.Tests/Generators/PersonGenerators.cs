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

    /// <summary>
    /// Generates a name: a Chinese name family-first in English and Chinese, or any name in either order
    /// with parts missing some of the time.
    /// </summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<PersonName> PersonName(DocumentContext context) =>
        Gen.Frequency(
            (1, from name in Gen.Elements(ChineseNames)
                select new PersonName
                {
                    FamilyName = new LocalizedText(context.Language, name.Family).With("zh-Hans", name.FamilyZh),
                    GivenName = new LocalizedText(context.Language, name.Given).With("zh-Hans", name.GivenZh),
                    Order = NameOrder.FamilyNameFirst,
                }),
            (2, from family in context.Text.Optional()
                from given in context.Text.Optional()
                from order in Gen.Elements(NameOrder.FamilyNameFirst, NameOrder.GivenNameFirst)
                select new PersonName { FamilyName = family, GivenName = given, Order = order }));

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
        from affiliations in Affiliation(context).Many(2)
        select new Person { Id = id, Name = name, Affiliations = affiliations };

    /// <summary>Generates a position in a declared organisation.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<Affiliation> Affiliation(DocumentContext context) =>
        from organisationId in context.OrganisationId
        from position in context.Text.Optional()
        select new Affiliation { OrganisationId = organisationId, Position = position };
}
