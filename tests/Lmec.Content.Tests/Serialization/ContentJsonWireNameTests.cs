using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Tests.Serialization;

public class ContentJsonWireNameTests
{
    [Theory]
    [InlineData(EventSessionKind.PanelDiscussion, "panelDiscussion")]
    [InlineData(EventSessionKind.Opening, "opening")]
    public void GetWireName_DefinedValue_IsTheCamelCaseNameWritten(EventSessionKind kind, string expected) =>
        Assert.Equal(expected, ContentJson.GetWireName(kind));

    [Fact]
    public void GetWireName_EveryDocumentKind_IsTheKindWrittenInDocuments()
    {
        Assert.Equal("newsletterIssue", ContentJson.GetWireName(DocumentKind.NewsletterIssue));
        Assert.Equal("article", ContentJson.GetWireName(DocumentKind.Article));
        Assert.Equal("organisationDirectory", ContentJson.GetWireName(DocumentKind.OrganisationDirectory));
    }

    [Fact]
    public void GetWireName_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ContentJson.GetWireName((SocialPlatform)99));
}
