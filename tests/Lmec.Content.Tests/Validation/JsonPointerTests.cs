using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Validation;

public class JsonPointerTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a/b", "a~1b")]
    [InlineData("a~b", "a~0b")]
    [InlineData("~/", "~0~1")]
    public void Escape_SpecialCharacters_FollowsRfc6901(string name, string expected) =>
        Assert.Equal(expected, JsonPointer.Escape(name));

    [Fact]
    public void Append_MembersAndIndices_BuildsPointer() =>
        Assert.Equal("/articles/0/speeches/2/speakerId", JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(JsonPointer.Root, "articles"), 0), "speeches"), 2), "speakerId"));

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("/a~1b/~0/0", new[] { "a/b", "~", "0" })]
    [InlineData("/", new[] { "" })]
    public void Parse_ValidPointer_UnescapesTokens(string pointer, string[] expected) =>
        Assert.Equal(expected, JsonPointer.Parse(pointer));

    [Theory]
    [InlineData("a")]
    [InlineData("/a~2")]
    [InlineData("/a~")]
    public void Parse_InvalidPointer_ThrowsFormatException(string pointer) =>
        Assert.Throws<FormatException>(() => JsonPointer.Parse(pointer));

    [Theory]
    [InlineData(null, "")]
    [InlineData("$", "")]
    [InlineData("$.articles[0].speeches[2].speakerId", "/articles/0/speeches/2/speakerId")]
    [InlineData("$['odd.name'][3]", "/odd.name/3")]
    [InlineData("$.a/b", "/a~1b")]
    public void FromJsonPath_SystemTextJsonPath_GivesPointer(string? path, string expected) =>
        Assert.Equal(expected, JsonPointer.FromJsonPath(path));
}
