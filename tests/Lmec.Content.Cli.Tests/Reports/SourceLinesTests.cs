using System.Text;
using Lmec.Content.Reports;

namespace Lmec.Content.Cli.Tests.Reports;

public sealed class SourceLinesTests
{
    [Fact]
    public void Excerpt_ColumnInAShortLine_SplitsTheLineAtTheColumn()
    {
        var lines = Lines("{\n  \"countryCode\": \"China\"\n}");

        Assert.Equal(new SourceExcerpt("  \"countryCode\": ", "\"", "China\""), lines.Excerpt(2, 18));
    }

    [Fact]
    public void Excerpt_CharactersOfOtherScripts_CountOneColumnEach()
    {
        var lines = Lines("{\"km\": \"ភាសាខ្មែរ\", \"zh\": \"中文\", \"x\": 1}");

        Assert.Equal("\"", lines.Excerpt(1, 21)!.At);
        Assert.Equal("中", lines.Excerpt(1, 28)!.At);
    }

    [Fact]
    public void Excerpt_ColumnAtTheEndOfTheLine_MarksNothing()
    {
        var lines = Lines("{\"a\": 1\r\n");

        Assert.Equal(new SourceExcerpt("{\"a\": 1", string.Empty, string.Empty), lines.Excerpt(1, 8));
    }

    [Fact]
    public void Excerpt_LongLine_IsCutToAWindowAroundTheColumnWithEllipses()
    {
        var line = new string('a', 1000) + "X" + new string('b', 1000);

        var excerpt = Lines(line).Excerpt(1, 1001)!;

        Assert.Equal(("…" + new string('a', 60), "X", new string('b', 60) + "…"), (excerpt.Before, excerpt.At, excerpt.After));
    }

    [Fact]
    public void Excerpt_FindingsOutOfTheOrderOfTheText_EachFindTheirOwnColumn()
    {
        var lines = Lines("0123456789\nabcdefghij");

        Assert.Equal("7", lines.Excerpt(1, 8)!.At);
        Assert.Equal("2", lines.Excerpt(1, 3)!.At);
        Assert.Equal("c", lines.Excerpt(2, 3)!.At);
        Assert.Equal("9", lines.Excerpt(1, 10)!.At);
    }

    [Fact]
    public void Excerpt_ControlCharactersAndTabs_AreShownAsEscapesAndSpaces()
    {
        var excerpt = Lines("\t\u001b[2J\"x\"").Excerpt(1, 6)!;

        Assert.Equal((" \\u001b[2J", "\"", "x\""), (excerpt.Before, excerpt.At, excerpt.After));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(1, 0)]
    public void Excerpt_NoSuchLine_IsNull(int line, int column) => Assert.Null(Lines("{\n}").Excerpt(line, column));

    [Fact]
    public void Excerpt_InvalidUtf8_ShowsReplacementCharactersRatherThanThrowing()
    {
        var excerpt = new SourceLines(new byte[] { (byte)'"', 0xC3, 0x28, (byte)'"' }).Excerpt(1, 1)!;

        Assert.Equal("\"", excerpt.At);
        Assert.Contains('\uFFFD', excerpt.After);
    }

    private static SourceLines Lines(string text) => new(Encoding.UTF8.GetBytes(text));
}
