using System.Globalization;
using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Checking;

/// <summary>LMEC222: the schema check gives digits of another script the code and message the typed validation gives them, so that with both the fault is one finding.</summary>
public class NonAsciiDigitsAgreementTests
{
    public static TheoryData<string, string> Values() => new()
    {
        { "/publicationDate", "๒๕๖๖-๐๙-๑๒" },
        { "/year", "၂၀၂၃" },
        { "/contact/details/faxes/0/number", "+៨៦១០៨២២០០៥៧៩" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Validate_DigitsOfAnotherScript_SchemaCheckAgreesWithTheTypedValidation(string pointer, string value)
    {
        var json = JsonEdit.Set(File.ReadAllText(RepositoryPaths.Example("newsletter-2023-06.json")), pointer, value);
        var options = new LmecContentOptions { Culture = CultureInfo.InvariantCulture };

        var schema = Assert.Single(new SchemaValidator().Validate(json, CultureInfo.InvariantCulture).Errors);
        var typed = Assert.Single(new ContentValidator(options).Validate(json).Errors);
        var both = Assert.Single(new ContentValidator(options, [new SchemaValidator()]).Validate(json).Errors);

        Assert.Equal((ValidationCodes.NonAsciiDigits, pointer), (schema.Code, schema.Path));
        Assert.Equal(typed, schema);
        Assert.Equal(typed, both);
    }
}
