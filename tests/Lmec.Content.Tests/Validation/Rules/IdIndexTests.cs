using Lmec.Content.Model;
using Lmec.Content.Validation.Rules;

namespace Lmec.Content.Tests.Validation.Rules;

/// <summary>The documents, projects, media and events that references of LMEC225–LMEC228 name are found, a duplicate id or not.</summary>
public class IdIndexTests
{
    private static readonly LocalizedText Name = new("en", "Name");

    private static readonly ArticleDocument Document = new()
    {
        Language = "en",
        Article = new Article
        {
            Id = "report",
            Headline = Name,
            Event = new Event { Id = "forum", Kind = EventKind.Forum, Name = Name, StartDate = new PartialDate(2023, 12) },
        },
        Organisations = [new Organisation { Id = "lmec", Name = Name }],
        Documents = [new RelatedDocument { Id = "declaration", Title = Name }, new RelatedDocument { Id = "lmec", Title = Name }],
        Projects = [new Project { Id = "corridors", Name = Name }, new Project { Id = "forum", Name = Name }],
        Media = [new MediaObject { Id = "photo", Kind = MediaKind.Image, Url = "https://lmec.org.cn/photo.jpg" }, new MediaObject { Id = "corridors", Kind = MediaKind.Image, Url = "https://lmec.org.cn/p.jpg" }],
    };

    private static IdIndex Index() => new(Document, new Dictionary<string, IdDeclaration>(StringComparer.Ordinal));

    [Theory]
    [InlineData("declaration", true)]
    [InlineData("lmec", true)]
    [InlineData("photo", false)]
    [InlineData("nobody", false)]
    public void HasDocument_FindsDeclaredDocumentsOnly(string id, bool found) => Assert.Equal(found, Index().HasDocument(id));

    [Theory]
    [InlineData("corridors", true)]
    [InlineData("declaration", false)]
    public void HasProject_FindsDeclaredProjectsOnly(string id, bool found) => Assert.Equal(found, Index().HasProject(id));

    [Theory]
    [InlineData("photo", true)]
    [InlineData("corridors", true)]
    [InlineData("report", false)]
    public void HasMedia_FindsDeclaredMediaOnly(string id, bool found) => Assert.Equal(found, Index().HasMedia(id));

    [Theory]
    [InlineData("forum", true)]
    [InlineData("report", false)]
    [InlineData("corridors", false)]
    public void HasEvent_FindsTheEventsOfArticlesOnly(string id, bool found) => Assert.Equal(found, Index().HasEvent(id));

    [Fact]
    public void Repeats_IdsOfDocumentsProjectsAndMedia_AreUniqueWithEveryOtherId()
    {
        var repeated = Index().Repeats.Select(static repeat => (repeat.Id, repeat.Repeat.Pointer, repeat.First.Pointer));

        Assert.Equal([("lmec", "/documents/1", "/organisations/0"), ("corridors", "/media/1", "/projects/0"), ("forum", "/article/event", "/projects/1")], repeated);
    }
}
