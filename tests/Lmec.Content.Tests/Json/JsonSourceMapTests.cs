using System.Text;
using Lmec.Content.Json;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Json;

public class JsonSourceMapTests
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("{\n  \"a\": [1, {\"b\": \"简报\", \"c\": true}],\n  \"x/y\": null\n}");

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("/a", 2, 3)]
    [InlineData("/a/0", 2, 9)]
    [InlineData("/a/1", 2, 12)]
    [InlineData("/a/1/c", 2, 24)]
    [InlineData("/x~1y", 3, 3)]
    public void Locate_ExistingPointer_GivesLineAndColumn(string pointer, int line, int column) =>
        Assert.Equal(new SourcePosition(line, column), JsonSourceMap.Locate(Text, [pointer])[pointer]);

    [Fact]
    public void Locate_MissingMember_FallsBackToNearestEnclosingValue() =>
        Assert.Equal(new SourcePosition(2, 12), JsonSourceMap.Locate(Text, ["/a/1/missing/deeper"])["/a/1/missing/deeper"]);

    [Fact]
    public void Locate_TextWithSyntaxError_KeepsWhatCameBefore()
    {
        var broken = Encoding.UTF8.GetBytes("{\"a\": 1, \"b\": tru");
        var positions = JsonSourceMap.Locate(broken, ["/a", "/b"]);
        Assert.Equal(new SourcePosition(1, 2), positions["/a"]);
        Assert.Equal(new SourcePosition(1, 10), positions["/b"]);
    }

    [Fact]
    public void Locate_EmptyText_LocatesNothing() =>
        Assert.Empty(JsonSourceMap.Locate([], ["/a"]));
}
