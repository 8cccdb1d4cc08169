using System.Text.Json.Nodes;
using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation;

/// <summary>The rules on people, positions, speeches and sessions: each fires where it should, at its pointer, and stays silent where it should not.</summary>
public class PeopleAndSpeechRuleTests
{
    private const string Speech = "/articles/0/speeches/0";

    [Fact]
    public void Validate_NameWithoutAnyPart_IsPersonWithoutName()
    {
        var json = Edit(Newsletter, root => root["people"]![0]!["name"] = new JsonObject());

        var error = Single(Validator().Validate(json), ValidationCodes.PersonWithoutName);

        Assert.Equal("/people/0/name", error.Path);
        Assert.Equal(ValidationSeverity.Error, error.Severity);
        Assert.Contains("\"liu-qing\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NamePrintedOnlyOrOfOnePart_NeedsNoOrder()
    {
        var json = Edit(Newsletter, root =>
        {
            root["people"]![0]!["name"] = new JsonObject { ["asPrinted"] = new JsonObject { ["zh-Hans"] = "纳鲁蒙·奥利斯" } };
            root["people"]![1]!["name"] = new JsonObject { ["givenName"] = new JsonObject { ["my"] = "ကျော်မျိုးထွဋ်", ["en"] = "Kyaw Myo Htut" } };
        });

        var report = Validator().Validate(json);

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Errors));
    }

    [Fact]
    public void Validate_TwoPartsWithoutOrder_IsNameOrderMissing()
    {
        var json = Edit(Newsletter, root => root["people"]![0]!["name"]!.AsObject().Remove("order"));

        var error = Single(Validator().Validate(json), ValidationCodes.NameOrderMissing);

        Assert.Equal("/people/0/name", error.Path);
    }

    [Fact]
    public void Validate_AffiliationWithCountryOnly_IsEmptyAffiliation()
    {
        var json = Edit(Newsletter, root => root["people"]![0]!["affiliations"] = new JsonArray(new JsonObject { ["countryCode"] = "MM", ["former"] = true }));

        Has(Validator().Validate(json), ValidationCodes.EmptyAffiliation, "/people/0/affiliations/0");
    }

    [Fact]
    public void Validate_AffiliationWithPositionAndCountry_OrAnUndeclaredOrganisation_IsValid()
    {
        var json = Edit(Newsletter, root => root["people"]![0]!["affiliations"] = new JsonArray(
            new JsonObject { ["position"] = new JsonObject { ["en"] = "Ambassador to China" }, ["countryCode"] = "MM" },
            new JsonObject { ["organisationName"] = new JsonObject { ["en"] = "Ministry of Foreign Affairs" }, ["former"] = true }));

        var report = Validator().Validate(json);

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Errors));
    }

    [Fact]
    public void Validate_SpeechWithoutSpeaker_IsSpeakerNotIdentified()
    {
        var json = Edit(Newsletter, root => root["articles"]![0]!["speeches"]![0]!.AsObject().Remove("speakerId"));

        var error = Single(Validator().Validate(json), ValidationCodes.SpeakerNotIdentified);

        Assert.Equal(Speech, error.Path);
    }

    [Fact]
    public void Validate_SpeakerDescribedNotNamed_OnBehalfOfABody_IsValid()
    {
        var json = Edit(Newsletter, root =>
        {
            var speech = root["articles"]![0]!["speeches"]![0]!.AsObject();
            speech.Remove("speakerId");
            speech["speakerDescription"] = new JsonObject { ["en"] = "a representative of Myanmar" };
            speech["onBehalfOf"] = new JsonObject { ["description"] = new JsonObject { ["en"] = "the LMC co-chairs" } };
            speech["deliveredById"] = "wang-qian";
            speech["deliveryMode"] = "liveVideo";
            speech["kind"] = "congratulatory";
            speech["date"] = "2023-04-25";
            speech["points"]![0]!["attribution"] = "quotation";
        });

        var report = Validator().Validate(json);

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Errors));
    }

    [Fact]
    public void Validate_OnBehalfOfNoOne_IsEmptyRepresentation()
    {
        var json = Edit(Newsletter, root => root["articles"]![0]!["speeches"]![0]!["onBehalfOf"] = new JsonObject());

        Has(Validator().Validate(json), ValidationCodes.EmptyRepresentation, Speech + "/onBehalfOf");
    }

    [Fact]
    public void Validate_OnBehalfOfAnUndeclaredPerson_IsUnresolvedPerson()
    {
        var json = Edit(Newsletter, root => root["articles"]![0]!["speeches"]![0]!["onBehalfOf"] = new JsonObject { ["personId"] = "nobody" });

        Has(Validator().Validate(json), ValidationCodes.UnresolvedPerson, Speech + "/onBehalfOf/personId");
    }

    [Theory]
    [InlineData("2023-04-24")]
    [InlineData("2023-04-26")]
    public void Validate_SpeechOutsideItsEventsDays_IsAWarning(string date)
    {
        var json = Edit(Newsletter, root => root["articles"]![0]!["speeches"]![0]!["date"] = date);

        var report = Validator().Validate(json);
        var warning = Has(report, ValidationCodes.SpeechOutsideEvent, Speech + "/date");

        Assert.Equal(ValidationSeverity.Warning, warning.Severity);
        Assert.Contains(date, warning.Message, StringComparison.Ordinal);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_SpeechOnTheDayOfItsEvent_IsSilent()
    {
        var json = Edit(Newsletter, root => root["articles"]![0]!["speeches"]![0]!["date"] = "2023-04-25");

        Lacks(Validator().Validate(json), ValidationCodes.SpeechOutsideEvent);
    }

    [Fact]
    public void Validate_SpeechOfAnEventThatEndsBeforeItStarts_IsReportedOnceAsThat()
    {
        var json = Edit(Newsletter, root =>
        {
            root["articles"]![0]!["event"]!["endDate"] = "2023-04-20";
            root["articles"]![0]!["speeches"]![0]!["date"] = "2023-04-22";
        });

        var report = Validator().Validate(json);

        Single(report, ValidationCodes.EventEndsBeforeStart);
        Lacks(report, ValidationCodes.SpeechOutsideEvent);
    }

    [Fact]
    public void Validate_SessionOutsideItsEventsDays_IsAWarning()
    {
        var json = Edit(Newsletter, root =>
        {
            var session = root["articles"]![0]!["event"]!["sessions"]![0]!.AsObject();
            session.Remove("title");
            session["date"] = "2023-05-01";
        });

        var warning = Has(Validator().Validate(json), ValidationCodes.SessionOutsideEvent, "/articles/0/event/sessions/0/date");

        Assert.Equal(ValidationSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void Validate_SessionDetails_ResolveTheirReferences()
    {
        var json = Edit(Newsletter, root =>
        {
            var session = root["articles"]![0]!["event"]!["sessions"]![0]!.AsObject();
            session["moderatorIds"] = new JsonArray("nobody");
            session["organisationIds"] = new JsonArray("nothing");
            session["speakerDescriptions"] = new JsonArray(new JsonObject { ["en"] = "representatives of the six countries" });
        });

        var report = Validator().Validate(json);

        Has(report, ValidationCodes.UnresolvedPerson, "/articles/0/event/sessions/0/moderatorIds/0");
        Has(report, ValidationCodes.UnresolvedOrganisation, "/articles/0/event/sessions/0/organisationIds/0");
    }

    [Fact]
    public void Validate_NamesInTheirOwnLanguageOnly_AreNotMissingThePrimaryLanguage()
    {
        var json = Edit(Newsletter, root =>
        {
            root["people"]![0]!["name"] = new JsonObject
            {
                ["familyName"] = new JsonObject { ["zh-Hans"] = "刘", ["zh-Latn-pinyin"] = "Liú" },
                ["givenName"] = new JsonObject { ["zh-Hans"] = "青", ["zh-Latn-pinyin"] = "Qīng" },
                ["order"] = "familyNameFirst",
                ["asPrinted"] = new JsonObject { ["km-Latn"] = "Liu Qing" },
            };
            root["organisations"]![0]!["name"] = new JsonObject { ["th"] = "กองทุนพิเศษแม่โขง-ล้านช้าง" };
            root["articles"]![0]!["event"]!["name"] = new JsonObject { ["zh-Hans"] = "研讨会" };
        });

        var report = Validator().Validate(json);

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Errors));
    }

    [Fact]
    public void Validate_OtherTextsWithoutThePrimaryLanguage_StillAreMissingIt()
    {
        var json = Edit(Newsletter, root => root["people"]![0]!["honorificPrefix"] = new JsonObject { ["zh-Hans"] = "女士" });

        Has(Validator().Validate(json), ValidationCodes.MissingPrimaryLanguage, "/people/0/honorificPrefix");
    }
}
