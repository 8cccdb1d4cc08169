using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Tests.Generators;

namespace Lmec.Content.Tests.Model;

public class PartialDateTests
{
    private static readonly Regex Pattern = new(WirePatterns.PartialDate, RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("2023", 2023, null, null, DatePrecision.Year)]
    [InlineData("2023-12", 2023, 12, null, DatePrecision.Month)]
    [InlineData("2023-12-05", 2023, 12, 5, DatePrecision.Day)]
    [InlineData("0001", 1, null, null, DatePrecision.Year)]
    [InlineData("9999-12-31", 9999, 12, 31, DatePrecision.Day)]
    [InlineData("2024-02-29", 2024, 2, 29, DatePrecision.Day)]
    public void Parse_EachForm_GivesItsPartsAndIsWrittenBackAsItWas(string text, int year, int? month, int? day, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal((year, month, day, precision), (date.Year, date.Month, date.Day, date.Precision));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("0000")]
    [InlineData("202")]
    [InlineData("20234")]
    [InlineData("2023-1")]
    [InlineData("2023-00")]
    [InlineData("2023-13")]
    [InlineData("2023-02-29")]
    [InlineData("2023-12-5")]
    [InlineData("2023/12/05")]
    [InlineData("2023-12-05T00:00")]
    [InlineData("๒๕๖๖")]
    [InlineData("-2023")]
    [InlineData("2023-12\n")]
    public void TryParse_NotADateOfTheWireFormat_Fails(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.DoesNotMatch(Pattern, text);
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Theory]
    [InlineData("2023", "2023-01-01", "2023-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2023-12-05", "2023-12-05", "2023-12-05")]
    public void EarliestAndLatest_AreTheFirstAndLastDayCovered(string text, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal((DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture)), (date.Earliest, date.Latest));
    }

    [Fact]
    public void TryGetDate_OnlyAFullDate_GivesADate()
    {
        Assert.True(new PartialDate(2023, 12, 5).TryGetDate(out var date));
        Assert.Equal(new DateOnly(2023, 12, 5), date);
        Assert.False(new PartialDate(2023, 12).TryGetDate(out _));
        Assert.False(new PartialDate(2023).TryGetDate(out _));
    }

    [Fact]
    public void DateOnly_ConvertsImplicitly_ToAFullDate()
    {
        PartialDate date = new DateOnly(2023, 4, 25);

        Assert.Equal(PartialDate.FromDate(new DateOnly(2023, 4, 25)), date);
        Assert.Equal(DatePrecision.Day, date.Precision);
    }

    [Fact]
    public void Default_IsTheYearOne_AsTheDefaultDateOnlyIs()
    {
        Assert.Equal(("0001", DatePrecision.Year), (default(PartialDate).ToString(), default(PartialDate).Precision));
    }

    [Fact]
    public void Equality_ComparesPrecisionToo()
    {
        Assert.NotEqual(new PartialDate(2023), new PartialDate(2023, 1));
        Assert.NotEqual(new PartialDate(2023, 1), new PartialDate(2023, 1, 1));
        Assert.Equal(new PartialDate(2023, 1), PartialDate.Parse("2023-01"));
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(10000, 1, 1)]
    [InlineData(2023, 0, 1)]
    [InlineData(2023, 13, 1)]
    [InlineData(2023, 2, 29)]
    [InlineData(2023, 4, 0)]
    public void Constructor_OutOfRange_Throws(int year, int month, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(year, month, day));
    }

    [Fact]
    public void AddYears_KeepsThePrecision()
    {
        Assert.Equal("1480", PartialDate.Parse("2023").AddYears(-543).ToString());
        Assert.Equal("2023-09", PartialDate.Parse("2566-09").AddYears(-543).ToString());
        Assert.Equal("2023-02-28", PartialDate.Parse("2024-02-29").AddYears(-1).ToString());
    }

    [Fact]
    public void Json_WritesAndReadsTheWireForm()
    {
        var options = Lmec.Content.Serialization.ContentJson.GetOptions(Lmec.Content.Serialization.ContentReadMode.Strict);

        Assert.Equal("\"2023-12\"", JsonSerializer.Serialize(new PartialDate(2023, 12), options));
        Assert.Equal(new PartialDate(2023), JsonSerializer.Deserialize<PartialDate>("\"2023\"", options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartialDate>("\"2023-13\"", options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartialDate>("2023", options));
    }

    [Property(MaxTest = 500)]
    public Property ToStringThenParse_GivesTheSameDate() =>
        Prop.ForAll(Arb.From(TimeGenerators.PartialDate), static date => PartialDate.Parse(date.ToString()) == date && Pattern.IsMatch(date.ToString()));

    [Property(MaxTest = 5000)]
    public bool PatternAndTheTypedCheck_AgreeOnAnyText(NonNegativeInt length, int seed)
    {
        // Digits, hyphens and the characters around them, so that most texts come near the forms.
        const string Alphabet = "0123456789012-2-9٣ \n";
        var random = new Random(seed);
        var text = new string([.. Enumerable.Range(0, length.Get % 12).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
        return Pattern.IsMatch(text) == PartialDate.TryParse(text, out _);
    }
}
