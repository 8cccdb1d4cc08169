using Lmec.Content.Canonicalization;

namespace Lmec.Content.Tests.Canonicalization;

public class ContentDigestTests
{
    private const string Hex = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";

    [Fact]
    public void ToString_Digest_IsAlgorithmColonLowercaseHex() =>
        Assert.Equal("sha256:" + Hex, CanonicalJson.ComputeDigest("{}"u8).ToString());

    [Theory]
    [InlineData("sha256:" + Hex)]
    [InlineData("SHA256:" + Hex)]
    [InlineData(Hex)]
    [InlineData("sha256:44136FA355B3678A1146AD16F7E8649E94FB4FC21FE77E8310C060F61CAAFF8A")]
    public void Parse_WrittenDigest_EqualsComputedDigest(string text)
    {
        var digest = ContentDigest.Parse(text);

        Assert.Equal(CanonicalJson.ComputeDigest("{}"u8), digest);
        Assert.True(digest == CanonicalJson.ComputeDigest("{}"u8));
        Assert.Equal(Hex, digest.Hex);
        Assert.Equal(CanonicalJson.ComputeDigest("{}"u8).GetHashCode(), digest.GetHashCode());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256:")]
    [InlineData("sha512:" + Hex)]
    [InlineData("sha256:" + Hex + "0")]
    [InlineData("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8g")]
    [InlineData(" sha256:" + Hex)]
    public void TryParse_NotADigest_ReturnsFalse(string? text)
    {
        Assert.False(ContentDigest.TryParse(text, out var digest));
        Assert.Null(digest);
    }

    [Fact]
    public void Parse_NotADigest_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => ContentDigest.Parse("md5:d41d8cd98f00b204e9800998ecf8427e"));

    [Fact]
    public void Equals_DifferentContent_IsFalse()
    {
        Assert.NotEqual(CanonicalJson.ComputeDigest("{}"u8), CanonicalJson.ComputeDigest("[]"u8));
        Assert.True(CanonicalJson.ComputeDigest("{}"u8) != CanonicalJson.ComputeDigest("[]"u8));
        Assert.False(CanonicalJson.ComputeDigest("{}"u8).Equals(null));
    }
}
