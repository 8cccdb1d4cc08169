using Lmec.Content.Schemas.Checking;
using Newtonsoft.Json.Linq;

namespace Lmec.Content.Schemas.Tests.Checking;

public class FormatCheckTests
{
    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2023-02-30", false)]
    [InlineData("2023-13-01", false)]
    [InlineData("2023-6-25", false)]
    [InlineData("2023-06-25T00:00:00Z", false)]
    [InlineData("２０２３-06-25", false)]
    [InlineData("2023-06-25\n", false)]
    public void IsDate_Text_AcceptsCalendarDatesOnly(string text, bool expected) => Assert.Equal(expected, Check("date", text));

    [Theory]
    [InlineData("2023-05-10T09:30:00+08:00", true)]
    [InlineData("2023-05-10T01:30:00Z", true)]
    [InlineData("2023-05-10T09:30:00.1234567-05:00", true)]
    [InlineData("2023-05-10T09:30:00", false)]
    [InlineData("2023-05-10", false)]
    [InlineData("2023-02-30T09:30:00Z", false)]
    [InlineData("2016-12-31T23:59:60Z", false)]
    [InlineData("2023-05-10T09:30:00.Z", false)]
    [InlineData("0001-01-01T00:30:00+01:00", true)]
    [InlineData("9999-12-31T23:30:00-01:00", true)]
    [InlineData("2023-05-10 09:30:00+08:00", false)]
    public void IsTimestamp_Text_AcceptsTimestampsWithAnOffsetOnly(string text, bool expected) => Assert.Equal(expected, Check("date-time", text));

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
