using Lmec.Content.Schemas.Checking;
using Newtonsoft.Json.Linq;

namespace Lmec.Content.Schemas.Tests.Checking;

public class FormatCheckTests
{
    [Theory]
    [InlineData("li.xia@fecomce.org.cn", true)]
    [InlineData("o'brien+news@mail.example-domain.org", true)]
    [InlineData("info@localhost", false)]
    [InlineData("li.xia@fecomce.org.cn\n", false)]
    [InlineData("李@example.org", false)]
    [InlineData("a@-example.org", false)]
    public void IsEmail_Text_AcceptsDotAtomAddressesOnly(string text, bool expected) => Assert.Equal(expected, Check("email", text));

    [Theory]
    [InlineData("http://en.lmec.org.cn/", true)]
    [InlineData("https://example.org:65535/a?b=c#d", true)]
    [InlineData("mailto:info@lmec.org.cn", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("ftp://example.org/", false)]
    [InlineData("/relative", false)]
    [InlineData("https://例子.测试/", false)]
    [InlineData("https://example.org/a b", false)]
    [InlineData("http://example.org:65536/", false)]
    public void IsUrl_Text_AcceptsHttpHttpsAndMailtoOnly(string text, bool expected) => Assert.Equal(expected, Check("uri", text));

    [Fact]
    public void All_CoverEveryFormatOfThePublishedSchemas()
    {
        var formats = ContentSchemas.All
            .SelectMany(static schema => System.Text.RegularExpressions.Regex.Matches(SchemaRegistry.Default.GetText(schema.Id), "\"format\": \"([^\"]+)\""))
            .Select(static match => match.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Superset(formats, FormatCheck.All.Select(static check => check.Format).ToHashSet(StringComparer.Ordinal));
    }

    private static bool Check(string format, string text) =>
        FormatCheck.All.Single(check => check.Format == format).IsValid(text, JTokenType.String);
}
