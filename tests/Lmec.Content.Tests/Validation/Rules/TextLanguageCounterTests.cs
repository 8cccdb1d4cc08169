using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Validation.Rules;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Tests.Validation.Rules;

public class TextLanguageCounterTests
{
    [Fact]
    public void Languages_MostTextsFirst_TiesInTheOrderFirstMet_TagsWithoutRegardToCase()
    {
        var counter = new TextLanguageCounter();
        var path = new JsonPointerBuilder();
        counter.Text(Summary, new LocalizedText([new("th", "ก"), new("km", "ក")]), path);
        counter.Text(Summary, new LocalizedText([new("lo", "ກ"), new("EN", "a")]), path);
        counter.Text(Summary, new LocalizedText([new("en", "b"), new("KM", "ខ")]), path);

        Assert.Equal(["km", "EN", "th", "lo"], counter.Languages);
    }

    private static WireMember Summary => WireContract.Of(typeof(Article)).Find("summary")!;
}
