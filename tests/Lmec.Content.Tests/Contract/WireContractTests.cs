using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Xunit;
using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Contract;

public class WireContractTests
{
    private static readonly Regex PhoneNumber = new(WirePatterns.PhoneNumber, RegexOptions.CultureInvariant);

    [Fact]
    public void Entities_ThreeDocumentsFirst_ThenEveryEntityTheyHoldOnce()
    {
        var names = WireContract.Entities.Select(static entity => entity.Name).ToList();

        Assert.Equal(["NewsletterIssue", "ArticleDocument", "OrganisationDirectory"], names.Take(3));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("PhoneNumber", names);
        Assert.Contains("SpeechPoint", names);
    }

    [Fact]
    public void MemberTable_DeclaresEveryStringAndIntegerMember_AndNoOther()
    {
        var members = WireContract.Entities.SelectMany(static entity => entity.Members).ToList();

        Assert.All(MemberTable.Names, name => Assert.Contains(members, member => member.Name == name));
        Assert.All(
            members.Where(static member => member.IsString || member.Category == ValueCategory.Integer),
            static member => Assert.True(MemberTable.TryFind(member.Name, out _), $"{member.Name} is not declared."));
    }

    [Theory]
    [InlineData(typeof(NewsletterIssue), "year", ValueCategory.Integer, ValidationCodes.InvalidInteger)]
    [InlineData(typeof(Organisation), "countryCodes", ValueCategory.CountryCode, ValidationCodes.InvalidCountryCode)]
    [InlineData(typeof(Speech), "speakerId", ValueCategory.PersonReference, ValidationCodes.InvalidId)]
    [InlineData(typeof(PhoneNumber), "number", ValueCategory.PhoneNumber, ValidationCodes.InvalidPhoneNumber)]
    [InlineData(typeof(Organisation), "abbreviation", ValueCategory.Text, ValidationCodes.BlankText)]
    [InlineData(typeof(NewsletterIssue), "publicationDate", ValueCategory.Date, ValidationCodes.InvalidDate)]
    [InlineData(typeof(ArticleDocument), "submittedAt", ValueCategory.Timestamp, ValidationCodes.InvalidTimestamp)]
    [InlineData(typeof(Speech), "kind", ValueCategory.Enumeration, ValidationCodes.InvalidEnumValue)]
    public void Member_OfTheModel_HasTheCategoryAndCodeOfItsMeaning(Type type, string name, ValueCategory category, string code)
    {
        var member = WireContract.Of(type).Find(name)!;

        Assert.Equal((category, code), (member.Category, member.Code));
    }

    [Fact]
    public void Member_LimitsAndRanges_AreThoseTheTableDeclares()
    {
        Assert.Equal((1L, 9999L), (WireContract.Of(typeof(NewsletterIssue)).Find("year")!.Minimum, WireContract.Of(typeof(NewsletterIssue)).Find("year")!.Maximum));
        Assert.Equal((1L, (long)int.MaxValue), (WireContract.Of(typeof(Recommendation)).Find("ordinal")!.Minimum, WireContract.Of(typeof(Recommendation)).Find("ordinal")!.Maximum));
        Assert.Equal(50, WireContract.Of(typeof(Organisation)).Find("abbreviation")!.MaxLength);
        Assert.Equal(WireLimits.TextMaxLength, WireContract.TextOf.MaxLength);
        Assert.Equal(ValidationCodes.ValueTooLong, WireContract.Of(typeof(Organisation)).Find("abbreviation")!.LengthCode);
        Assert.Equal(ValidationCodes.InvalidEmail, WireContract.Of(typeof(ContactDetails)).Find("emails")!.LengthCode);
        Assert.True(WireContract.Of(typeof(Organisation)).Find("countryCodes")!.IsList);
        Assert.True(WireContract.Of(typeof(Organisation)).Find("id")!.IsRequired);
    }

    [Theory]
    [InlineData("/organisations/0/contact/emails/1", "emails")]
    [InlineData("/articles/0/speeches/2/speakerId", "speakerId")]
    [InlineData("/articles/0/headline/zh-Hans", "text")]
    [InlineData("/articles/0/body/3/en", "text")]
    [InlineData("/organisations/1/countryCodes", "countryCodes")]
    public void Resolve_Pointer_GivesTheMemberOfTheValueThere(string pointer, string name) =>
        Assert.Equal(name, WireContract.Resolve(typeof(NewsletterIssue), pointer)!.Name);

    [Theory]
    [InlineData("")]
    [InlineData("/unknown")]
    [InlineData("/organisations/0/unknown")]
    [InlineData("/id/more")]
    public void Resolve_PointerToNoMember_IsNull(string pointer) =>
        Assert.Null(WireContract.Resolve(typeof(NewsletterIssue), pointer));

    [Fact]
    public void Of_TypeOutsideTheModel_Throws() =>
        Assert.Throws<ArgumentException>(() => WireContract.Of(typeof(string)));

    [Fact]
    public void NotBlank_AndTheTypedCheck_AgreeOnEveryCharacterOfTheBasicPlane()
    {
        var pattern = new Regex(WirePatterns.NotBlank, RegexOptions.CultureInvariant);
        for (var code = 0; code <= 0xFFFF; code++)
        {
            if (!char.IsSurrogate((char)code))
            {
                var text = ((char)code).ToString();
                Assert.True(pattern.IsMatch(text) != WireValues.IsBlank(text), $"U+{code:X4}");
            }
        }
    }

    [Property(MaxTest = 5000)]
    public bool PhoneNumber_PatternAndTheTypedCheck_AgreeOnAnyText(NonNegativeInt length, int seed)
    {
        // Plus signs, digits (zero apart, as it may not lead), other scripts' digits, letters, spaces and line breaks.
        const string Alphabet = "++0123456789٣๓a \n";
        var random = new Random(seed);
        var text = new string([.. Enumerable.Range(0, length.Get % 20).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
        return PhoneNumber.IsMatch(text) == WireValues.IsE164(text);
    }

    [Theory]
    [InlineData("+86", true)]
    [InlineData("+861082268242", true)]
    [InlineData("+123456789012345", true)]
    [InlineData("+1234567890123456", false)]
    [InlineData("+8", false)]
    [InlineData("+06", false)]
    [InlineData("86108", false)]
    [InlineData("+86 10", false)]
    [InlineData("+86\n", false)]
    [InlineData("+8٦", false)]
    public void PhoneNumber_PatternAndTheTypedCheck_AgreeOnTheEdges(string text, bool valid) =>
        Assert.Equal((valid, valid), (PhoneNumber.IsMatch(text), WireValues.IsE164(text)));

    [Fact]
    public void CountryCode_PatternAndTheTypedCheck_AgreeOnEveryPairOfCapitals()
    {
        var pattern = new Regex(WirePatterns.CountryCode, RegexOptions.CultureInvariant);
        for (var first = 'A'; first <= 'Z'; first++)
        {
            for (var second = 'A'; second <= 'Z'; second++)
            {
                var code = string.Concat(first, second);
                Assert.True(pattern.IsMatch(code) == WireValues.IsCountryCode(code), code);
            }
        }

        Assert.Equal(249, Enumerable.Range(0, 26 * 26).Count(i => WireValues.IsCountryCode(string.Concat((char)('A' + (i / 26)), (char)('A' + (i % 26))))));
    }

    [Fact]
    public void Date_PatternAndTheCalendar_AgreeOnEveryDayOfLeapAndCommonYears()
    {
        var pattern = new Regex(WirePatterns.Date, RegexOptions.CultureInvariant);
        foreach (var year in (int[])[1, 4, 100, 1900, 2000, 2023, 2024, 2100, 2400, 9999])
        {
            for (var month = 0; month <= 13; month++)
            {
                for (var day = 0; day <= 32; day++)
                {
                    var text = string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");
                    var real = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
                    Assert.True(pattern.IsMatch(text) == real, text);
                    Assert.True(WireValues.TryParseDate(text, out _) == real, text);
                }
            }
        }

        Assert.DoesNotMatch(pattern, "0000-01-01");
    }

    [Theory]
    [InlineData("2023-05-10T09:30:00+08:00", true, true)]
    [InlineData("2023-05-10T09:30:00.1234567Z", true, true)]
    [InlineData("2024-02-29T23:59:59-14:00", true, true)]
    [InlineData("2023-02-29T09:30:00Z", false, false)]
    [InlineData("2023-05-10T09:30:00.Z", false, false)]
    [InlineData("2023-05-10T09:30:00.12345678Z", false, false)]
    [InlineData("2023-05-10t09:30:00z", false, false)]
    [InlineData("2023-05-10T09:30:60Z", false, false)]
    [InlineData("2023-05-10T09:30:00+14:01", false, false)]
    [InlineData("2023-05-10T09:30:00", false, false)]
    [InlineData("0001-01-01T00:30:00+01:00", true, false)]
    [InlineData("9999-12-31T23:30:00-01:00", true, false)]
    public void Timestamp_PatternAndTheReader_AgreeButOnInstantsOutsideTheYears1To9999(string text, bool pattern, bool read)
    {
        Assert.Equal(pattern, Regex.IsMatch(text, WirePatterns.Timestamp, RegexOptions.CultureInvariant));
        Assert.Equal(pattern, WireValues.IsTimestamp(text));
        Assert.Equal(read, WireValues.TryParseTimestamp(text, out _));
    }

    [Fact]
    public void SchemaInexpressibleRules_AreCodesOfValidation() =>
        Assert.All(SchemaInexpressibleRules.Codes.Keys, static code => Assert.Contains(code, typeof(ValidationCodes).GetFields().Select(static field => (string?)field.GetRawConstantValue())));
}
