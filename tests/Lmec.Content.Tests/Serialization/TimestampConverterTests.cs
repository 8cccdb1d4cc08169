using System.Text.Json;
using FsCheck.Xunit;
using Lmec.Content.Serialization;
using Lmec.Content.Tests.Generators;

namespace Lmec.Content.Tests.Serialization;

public class TimestampConverterTests
{
    [Theory]
    [InlineData(0, 0, "2023-04-25T09:30:00Z")]
    [InlineData(8 * 60, 0, "2023-04-25T09:30:00+08:00")]
    [InlineData((-5 * 60) - 30, 0, "2023-04-25T09:30:00-05:30")]
    [InlineData(0, 5_000_000, "2023-04-25T09:30:00.5Z")]
    [InlineData(7 * 60, 1_234_567, "2023-04-25T09:30:00.1234567+07:00")]
    [InlineData(8 * 60, 1, "2023-04-25T09:30:00.0000001+08:00")]
    public void Write_Timestamp_IsRfc3339WithItsOffset(int offsetMinutes, int ticks, string expected)
    {
        var value = new DateTimeOffset(2023, 4, 25, 9, 30, 0, TimeSpan.FromMinutes(offsetMinutes)).AddTicks(ticks);

        Assert.Equal(expected, Write(value));
    }

    [Fact]
    public void Write_UtcTimestamp_EndsInZ()
    {
        Assert.Equal("2023-04-25T01:30:00Z", Write(new DateTimeOffset(2023, 4, 25, 9, 30, 0, TimeSpan.FromHours(8)).ToUniversalTime()));
    }

    [Theory]
    [InlineData("2023-04-25T09:30:00+08:00")]
    [InlineData("2023-04-25T09:30:00Z")]
    [InlineData("2023-04-25T09:30:00.5Z")]
    [InlineData("2023-04-25T09:30:00.1234567-05:30")]
    [InlineData("2023-04-25T09:30:00+14:00")]
    [InlineData("2023-04-25T09:30:00-12:00")]
    public void TryParse_Rfc3339WithOffset_Succeeds(string text)
    {
        Assert.True(TimestampConverter.TryParse(text, out var value));
        Assert.Equal(text, Write(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2023-04-25T09:30:00")]
    [InlineData("2023-04-25")]
    [InlineData("2023-04-25T09:30Z")]
    [InlineData("2023-13-25T09:30:00Z")]
    [InlineData("2023-02-29T09:30:00Z")]
    [InlineData("2023-04-25T25:30:00Z")]
    [InlineData("2023-04-25T23:59:60Z")]
    [InlineData("2023-04-25 09:30:00Z")]
    [InlineData("2023-04-25T09:30:00+8:00")]
    [InlineData("2023-04-25T09:30:00+08")]
    [InlineData("2023-04-25T09:30:00 +08:00")]
    [InlineData("Tue, 25 Apr 2023 09:30:00 GMT")]
    public void TryParse_NotRfc3339WithOffset_Fails(string? text)
    {
        Assert.False(TimestampConverter.TryParse(text, out _));
    }

    [Property(Arbitrary = new[] { typeof(ContentArbitraries) })]
    public void RoundTrip_AnyTimestamp_KeepsInstantAndOffset(DateTimeOffset value)
    {
        Assert.True(TimestampConverter.TryParse(Write(value), out var read));
        Assert.Equal(value.Ticks, read.Ticks);
        Assert.Equal(value.Offset, read.Offset);
    }

    private static string Write(DateTimeOffset value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new TimestampConverter().Write(writer, value, JsonSerializerOptions.Default);
        }

        return JsonDocument.Parse(stream.ToArray()).RootElement.GetString()!;
    }
}
