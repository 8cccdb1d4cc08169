using Lmec.Content.Contract;
using Lmec.Content.Model;

namespace Lmec.Content.Tests.Contract;

public class ProperNamesTests
{
    public static TheoryData<string> Listed() => [.. ProperNames.All];

    [Theory]
    [MemberData(nameof(Listed))]
    public void ProperName_IsAMultilingualTextOfTheContract_MarkedAsAName(string listed)
    {
        var (entity, member) = (listed[..listed.IndexOf('.', StringComparison.Ordinal)], listed[(listed.IndexOf('.', StringComparison.Ordinal) + 1)..]);

        var found = WireContract.Entities.Single(candidate => candidate.Name == entity).Find(member);

        Assert.NotNull(found);
        Assert.Equal(ValueCategory.LocalizedText, found.Category);
        Assert.True(found.IsProperName);
    }

    [Fact]
    public void OtherTexts_AreNotNames()
    {
        Assert.False(WireContract.Of(typeof(Person)).Find("honorificPrefix")!.IsProperName);
        Assert.False(WireContract.Of(typeof(Place)).Find("name")!.IsProperName);
        Assert.False(WireContract.Of(typeof(Event)).Find("theme")!.IsProperName);
    }
}
