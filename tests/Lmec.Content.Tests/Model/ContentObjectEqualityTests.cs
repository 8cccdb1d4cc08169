using FsCheck.Xunit;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Tests.Generators;

namespace Lmec.Content.Tests.Model;

/// <summary>Value equality of the model: records compare their lists by content, and hash codes agree with equality.</summary>
[Properties(Arbitrary = new[] { typeof(ContentArbitraries) })]
public class ContentObjectEqualityTests
{
    [Property]
    public void Equals_IndependentReads_AreEqualWithEqualHashCodes(ContentDocument document)
    {
        var json = ContentJson.Serialize(document);
        var first = ContentJson.Deserialize<ContentDocument>(json);
        var second = ContentJson.Deserialize<ContentDocument>(json);

        Assert.NotSame(first, second);
        Assert.True(first.Equals(second));
        Assert.True(second.Equals(first));
        Assert.True(first.Equals((object)second));
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(document.GetHashCode(), first.GetHashCode());
    }

    [Property]
    public void Equals_ListsRebuiltFromCopies_CompareByContent(NewsletterIssue issue)
    {
        var copy = issue with
        {
            Organisations = [.. issue.Organisations],
            People = issue.People.ToList(),
            Articles = issue.Articles.Select(static article => article with
            {
                Speeches = article.Speeches.Select(static speech => speech with { Points = [.. speech.Points] }).ToArray(),
                Topics = article.Topics.ToList(),
                Body = [.. article.Body],
            }).ToArray(),
        };

        Assert.NotSame(issue.Organisations, copy.Organisations);
        Assert.Equal(issue, copy);
        Assert.Equal(issue.GetHashCode(), copy.GetHashCode());
    }

    [Property]
    public void Equals_ChangedListElement_IsUnequal(NewsletterIssue issue, int index)
    {
        var organisations = issue.Organisations.ToArray();
        var changed = Math.Abs(index % organisations.Length);
        organisations[changed] = organisations[changed] with { Id = organisations[changed].Id + "-changed" };

        Assert.NotEqual(issue, issue with { Organisations = organisations });
    }

    [Property]
    public void Equals_ChangedNestedListElement_IsUnequal(NewsletterIssue issue, int index)
    {
        var organisations = issue.Organisations.ToArray();
        var changed = Math.Abs(index % organisations.Length);
        var organisation = organisations[changed];
        organisations[changed] = organisation with { CountryCodes = [.. organisation.CountryCodes, "ZZ"] };

        Assert.NotEqual(issue, issue with { Organisations = organisations });
        organisations[changed] = organisation with { Aliases = [.. organisation.Aliases, new LocalizedText("en", "Another name")] };
        Assert.NotEqual(issue, issue with { Organisations = organisations });
    }

    [Property]
    public void Equals_ReorderedList_IsUnequal(NewsletterIssue issue)
    {
        Organisation[] organisations = [.. issue.Organisations, issue.Organisations[0] with { Id = "another" }];

        Assert.NotEqual(issue with { Organisations = organisations }, issue with { Organisations = organisations.Reverse().ToArray() });
    }

    [Property]
    public void Equals_ChangedText_IsUnequal(NewsletterIssue issue)
    {
        Assert.NotEqual(issue, issue with { Title = issue.Title.With(issue.Language, issue.Title[issue.Language] + "!") });
    }

    [Fact]
    public void Lists_ChangingTheSourceArrayAfterwards_LeavesTheModelUnchanged()
    {
        string[] topics = ["energy-transition"];
        var recommendation = new Recommendation { Ordinal = 1, Text = new LocalizedText("en", "Act."), Topics = topics };

        topics[0] = "changed";

        Assert.Equal(["energy-transition"], recommendation.Topics);
        Assert.False(recommendation.Topics is IList<string> { IsReadOnly: false });
    }

    [Fact]
    public void Lists_AssignedNull_AreEmpty()
    {
        var recommendation = new Recommendation { Ordinal = 1, Text = new LocalizedText("en", "Act."), Topics = null! };

        Assert.Empty(recommendation.Topics);
        Assert.Equal(new Recommendation { Ordinal = 1, Text = new LocalizedText("en", "Act.") }, recommendation);
    }

    [Fact]
    public void Equals_DifferentTypesWithTheSameMembers_AreUnequal()
    {
        var about = new About { OrganisationId = "lmec", Text = new LocalizedText("en", "x") };
        var affiliation = new Affiliation { OrganisationId = "lmec", Position = new LocalizedText("en", "x") };

        Assert.False(about.Equals((ContentObject)affiliation));
        Assert.False(about.Equals(null));
    }
}
