using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lmec.Content.Contract;
using Lmec.Content.Serialization;
using Lmec.Content.Tests.Generators;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Contract;

/// <summary>Times of day, offsets from UTC and durations: the patterns the schemas state and the typed checks agree.</summary>
public class TimeValueTests
{
    private static readonly Regex Time = new(WirePatterns.Time, RegexOptions.CultureInvariant);
    private static readonly Regex UtcOffset = new(WirePatterns.UtcOffset, RegexOptions.CultureInvariant);
    private static readonly Regex Duration = new(WirePatterns.Duration, RegexOptions.CultureInvariant);

    private static readonly JsonSerializerOptions WithTimeConverter = new() { Converters = { new TimeConverter() } };

    [Theory]
    [InlineData("00:00", true)]
    [InlineData("09:30", true)]
    [InlineData("23:59", true)]
    [InlineData("14:05:30", true)]
    [InlineData("23:59:59", true)]
    [InlineData("24:00", false)]
    [InlineData("9:30", false)]
    [InlineData("09:60", false)]
    [InlineData("09:30:60", false)]
    [InlineData("09:30:00.5", false)]
    [InlineData("0930", false)]
    [InlineData("09:30Z", false)]
    [InlineData("09:30\n", false)]
    [InlineData("๐๙:๓๐", false)]
    public void Time_PatternAndTheTypedCheck_AgreeOnTheEdges(string text, bool valid) =>
        Assert.Equal((valid, valid), (Time.IsMatch(text), WireValues.IsValid(ValueCategory.Time, text)));

    [Theory]
    [InlineData("Z", true)]
    [InlineData("+07:00", true)]
    [InlineData("-05:30", true)]
    [InlineData("+00:00", true)]
    [InlineData("+14:00", true)]
    [InlineData("-14:00", true)]
    [InlineData("+13:59", true)]
    [InlineData("+14:01", false)]
    [InlineData("+15:00", false)]
    [InlineData("+07:60", false)]
    [InlineData("07:00", false)]
    [InlineData("+0700", false)]
    [InlineData("+7:00", false)]
    [InlineData("z", false)]
    [InlineData("UTC", false)]
    [InlineData("Asia/Bangkok", false)]
    [InlineData("+07:00\n", false)]
    [InlineData("", false)]
    public void UtcOffset_PatternAndTheTypedCheck_AgreeOnTheEdges(string text, bool valid) =>
        Assert.Equal((valid, valid), (UtcOffset.IsMatch(text), WireValues.IsValid(ValueCategory.UtcOffset, text)));

    [Property(MaxTest = 5000)]
    public bool UtcOffset_PatternAndTheTypedCheck_AgreeOnAnyText(NonNegativeInt length, int seed)
    {
        const string Alphabet = "+-0123456789014::Zz ";
        var random = new Random(seed);
        var text = new string([.. Enumerable.Range(0, length.Get % 8).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
        return UtcOffset.IsMatch(text) == WireValues.IsUtcOffset(text);
    }

    [Theory]
    [InlineData("PT3H", true)]
    [InlineData("PT1H30M", true)]
    [InlineData("P2D", true)]
    [InlineData("P0.5D", true)]
    [InlineData("P1W", true)]
    [InlineData("P1Y2M10DT2H30M", true)]
    [InlineData("PT0.5S", true)]
    [InlineData("P1M", true)]
    [InlineData("PT1M", true)]
    [InlineData("P", false)]
    [InlineData("PT", false)]
    [InlineData("P1DT", false)]
    [InlineData("P0.5DT2H", false)]
    [InlineData("P1.5Y2M", false)]
    [InlineData("P1W2D", false)]
    [InlineData("P,5D", false)]
    [InlineData("P.5D", false)]
    [InlineData("P1D2Y", false)]
    [InlineData("pt3h", false)]
    [InlineData("3 hours", false)]
    [InlineData("PT3H\n", false)]
    [InlineData("-PT3H", false)]
    [InlineData("P1234567890D", false)]
    public void Duration_PatternAndTheTypedCheck_AgreeOnTheEdges(string text, bool valid) =>
        Assert.Equal((valid, valid), (Duration.IsMatch(text), WireValues.IsValid(ValueCategory.Duration, text)));

    [Theory]
    [InlineData(ValueCategory.Time, "๐๙:๓๐")]
    [InlineData(ValueCategory.UtcOffset, "+๐๗:๐๐")]
    [InlineData(ValueCategory.Duration, "PT๓H")]
    [InlineData(ValueCategory.PartialDate, "๒๕๖๖")]
    public void CodeOf_DigitsOfAnotherScript_IsNonAsciiDigits(ValueCategory category, string text) =>
        Assert.Equal(ValidationCodes.NonAsciiDigits, WireValues.CodeOf(category, text));

    [Theory]
    [InlineData(ValueCategory.Time, "25:00", ValidationCodes.InvalidTime)]
    [InlineData(ValueCategory.UtcOffset, "+15:00", ValidationCodes.InvalidUtcOffset)]
    [InlineData(ValueCategory.Duration, "3h", ValidationCodes.InvalidDuration)]
    [InlineData(ValueCategory.PartialDate, "2023-13", ValidationCodes.InvalidDate)]
    public void CodeOf_Malformed_IsTheCategorysCode(ValueCategory category, string text, string code) =>
        Assert.Equal(code, WireValues.CodeOf(category, text));

    [Theory]
    [InlineData(9, 30, 0, "\"09:30\"")]
    [InlineData(14, 5, 30, "\"14:05:30\"")]
    [InlineData(0, 0, 0, "\"00:00\"")]
    public void TimeConverter_WritesMinutesAndSecondsWhereThereAreAny(int hour, int minute, int second, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(new TimeOnly(hour, minute, second), WithTimeConverter));
        Assert.Equal(new TimeOnly(hour, minute, second), JsonSerializer.Deserialize<TimeOnly>(json, WithTimeConverter));
    }

    [Theory]
    [InlineData("\"9:30\"")]
    [InlineData("\"09:30:00.0000000\"")]
    [InlineData("\"9:30 AM\"")]
    [InlineData("930")]
    public void TimeConverter_OtherForms_AreRejected(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TimeOnly>(json, WithTimeConverter));

    [Property(MaxTest = 300)]
    public Property TimeConverter_WriteThenRead_GivesTheSameTime() =>
        Prop.ForAll(Arb.From(TimeGenerators.Time), static time =>
            TimeConverter.TryParse(TimeConverter.Format(time), out var read) && read == time && Time.IsMatch(TimeConverter.Format(time)));

    [Property(MaxTest = 100)]
    public Property Generators_GiveValidOffsetsAndDurations() =>
        Prop.ForAll(Arb.From(TimeGenerators.UtcOffset), Arb.From(TimeGenerators.Duration), static (offset, duration) =>
            WireValues.IsUtcOffset(offset) && WireValues.IsDuration(duration));
}
