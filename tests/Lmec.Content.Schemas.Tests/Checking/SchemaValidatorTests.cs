using System.Globalization;
using System.Text;
using Lmec.Content.Json;
using Lmec.Content.Localization;
using Lmec.Content.Model;
using Lmec.Content.Schemas.Checking;
using Lmec.Content.Schemas.Tests.Conformance;
using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Checking;

public class SchemaValidatorTests
{
    private const string Directory = "{\n  \"kind\": \"organisationDirectory\",\n  \"schemaVersion\": \"1.0\",\n  \"language\": \"en\",\n  \"id\": \"d\",\n  \"title\": {\"en\": \"D\"}\n}";

    [Fact]
    public void Validate_SchemaFinding_HasPointerLineAndColumnOfTheValue()
    {
        var report = new SchemaValidator().Validate(Directory.Replace("\"id\": \"d\"", "\"id\": \"D\"", StringComparison.Ordinal));

        var error = Assert.Single(report.Errors);
        Assert.Equal((ValidationCodes.InvalidId, ValidationSeverity.Error, "/id", 5, 3), (error.Code, error.Severity, error.Path, error.Line, error.Column));
        Assert.Contains("\"D\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingMember_PointsAtTheMemberAndLocatesItsObject()
    {
        var error = Assert.Single(new SchemaValidator().Validate(Directory.Replace(",\n  \"id\": \"d\"", string.Empty, StringComparison.Ordinal)).Errors);

        Assert.Equal((ValidationCodes.MissingMember, "/id", 1, 1), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public void Validate_WithACorrectedCatalogue_WritesItsMessages()
    {
        var messages = MessageCatalog.Default.With("en", new StringReader("LMEC102 = Corrected: '{0}' is missing."), "corrected.txt");

        var error = Assert.Single(new SchemaValidator(new ContentLimits(), messages).Validate(Directory.Replace(",\n  \"id\": \"d\"", string.Empty, StringComparison.Ordinal), CultureInfo.GetCultureInfo("en")).Errors);

        Assert.Equal("Corrected: 'id' is missing.", error.Message);
    }

    [Fact]
    public void Validate_MemberNameWithSlashAndTilde_EscapesItInThePointer()
    {
        var error = Assert.Single(new SchemaValidator().Validate(Directory.Replace("\"id\"", "\"a/b~c.d[0]\": 1, \"id\"", StringComparison.Ordinal)).Errors);

        Assert.Equal((ValidationCodes.UnknownMember, "/a~1b~0c.d[0]"), (error.Code, error.Path));
    }

    [Theory]
    [InlineData("zh-Hans", "此处缺少必需的字段")]
    [InlineData("zh-CN", "此处缺少必需的字段")]
    [InlineData("en", "The field \"id\" is required")]
    [InlineData("fr-FR", "The field \"id\" is required")]
    public void Validate_Culture_WritesMessagesInItsLanguage(string culture, string expected)
    {
        var report = new SchemaValidator().Validate(Directory.Replace(",\n  \"id\": \"d\"", string.Empty, StringComparison.Ordinal), CultureInfo.GetCultureInfo(culture));

        Assert.StartsWith(expected, Assert.Single(report.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EveryCodeOfTheCorpus_HasAChineseMessage()
    {
        var codes = Manifest.Read().Where(static entry => entry.Value.Count == 1).GroupBy(static entry => entry.Value[0].Code).Select(static group => group.First().Key);

        foreach (var file in codes)
        {
            var error = new SchemaValidator().Validate(File.ReadAllText(Path.Combine(InvalidCorpus.InvalidFolder, file)), CultureInfo.GetCultureInfo("zh-Hans")).Errors[0];
            Assert.True(error.Message.Any(static c => c is >= '\u4E00' and <= '\u9FFF'), $"{error.Code}: {error.Message}");
        }
    }

    [Fact]
    public void Validate_IntegerWrittenWithAFraction_IsAnIntegerAsJsonSchemaSays()
    {
        var json = File.ReadAllText(Path.Combine(InvalidCorpus.ValidFolder, "newsletter-issue-required-members-only.json")).Replace("\"issueNumber\": 1", "\"issueNumber\": 1.0", StringComparison.Ordinal);

        Assert.True(new SchemaValidator().Validate(json).IsValid);
    }

    [Fact]
    public void Validate_TextOfMaximumLengthInAstralCharacters_CountsCodePoints()
    {
        var json = Directory.Replace("\"D\"", "\"" + string.Concat(Enumerable.Repeat("🌏", 10000)) + "\"", StringComparison.Ordinal);

        Assert.True(new SchemaValidator().Validate(json).IsValid);
    }

    [Fact]
    public async Task Validate_StringBytesStreamAndAsyncStream_GiveTheSameReport()
    {
        var json = File.ReadAllText(Path.Combine(InvalidCorpus.InvalidFolder, "newsletter-issue-sweep-pattern-mismatches.json"));
        var bytes = Encoding.UTF8.GetBytes(json);
        var validator = new SchemaValidator();

        var expected = validator.Validate(json).Errors;

        Assert.Equal(expected, validator.Validate(bytes).Errors);
        Assert.Equal(expected, validator.Validate(new MemoryStream(bytes)).Errors);
        Assert.Equal(expected, (await validator.ValidateAsync(new MemoryStream(bytes))).Errors);
    }

    [Fact]
    public void Validate_EndlessStream_StopsReadingPastTheSizeLimit()
    {
        using var stream = new GeneratedStream(" ", long.MaxValue, (byte)' ');

        var error = Assert.Single(new SchemaValidator(new ContentLimits { MaxDocumentBytes = 1000 }).Validate(stream).Errors);

        Assert.Equal(ValidationCodes.DocumentTooLarge, error.Code);
        Assert.InRange(stream.BytesRead, 1001, 1000 + (128 * 1024));
    }

    [Fact]
    public void Validate_AsStructureValidator_ChecksAgainstTheSchemaOfTheGivenKind()
    {
        var validator = new SchemaValidator();
        var json = new JsonFrontEnd().Read(Encoding.UTF8.GetBytes(Directory)).Text!;

        var errors = validator.Validate(json, DocumentKind.NewsletterIssue, CultureInfo.InvariantCulture);

        Assert.Contains(errors, static error => error.Code == ValidationCodes.InvalidEnumValue && error.Path == "/kind");
        Assert.Contains(errors, static error => error.Code == ValidationCodes.MissingMember && error.Path == "/issueNumber");
        Assert.Empty(validator.Validate(json, DocumentKind.OrganisationDirectory, CultureInfo.InvariantCulture));
        Assert.IsAssignableFrom<IStructureValidator>(validator);
    }

    [Fact]
    public void Validate_ManyDocumentsInParallel_GiveTheVerdictsOfOneAtATime()
    {
        var documents = System.IO.Directory.EnumerateFiles(InvalidCorpus.InvalidFolder, "*.json").Concat(RepositoryPaths.AllExamples()).Select(File.ReadAllText).ToList();
        var validator = new SchemaValidator();
        var sequential = documents.Select(document => string.Join("\n", validator.Validate(document).Errors)).ToList();

        var parallel = documents.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(document => string.Join("\n", validator.Validate(document).Errors)).ToList();

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Run_StringTheContractNamesNoMemberFor_IsAFaultOfThePackageNotOfTheDocument()
    {
        // The newsletter's schema read against the contract of a telephone number, which has no member publisherId.
        var json = File.ReadAllText(Path.Combine(InvalidCorpus.ValidFolder, "newsletter-issue-required-members-only.json"));
        var text = Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(json, "\"publisherId\": \"[^\"]*\"", "\"publisherId\": \"Not An Id\""));
        var schema = SchemaRegistry.Default.GetSchema(ContentSchemas.ForDocumentKind(DocumentKind.NewsletterIssue));

        var error = Assert.Single(SchemaCheck.Run(text, schema, typeof(PhoneNumber), CultureInfo.InvariantCulture, MessageCatalog.Default));

        Assert.Equal((ValidationCodes.StructureValidatorFailed, "/publisherId"), (error.Code, error.Path));
    }

    [Fact]
    public void Run_IntegerBeyondLongHandedToNJsonSchema_BecomesAFindingNotAnException()
    {
        var json = File.ReadAllText(Path.Combine(InvalidCorpus.ValidFolder, "newsletter-issue-required-members-only.json"));
        var text = Encoding.UTF8.GetBytes(json.Replace("\"year\": 2023", "\"year\": 123456789012345678901234567890", StringComparison.Ordinal));
        var schema = SchemaRegistry.Default.GetSchema(ContentSchemas.ForDocumentKind(DocumentKind.NewsletterIssue));

        var errors = SchemaCheck.Run(text, schema, typeof(NewsletterIssue), CultureInfo.InvariantCulture, MessageCatalog.Default);

        Assert.Contains(errors, static error => error.Code == ValidationCodes.StructureValidatorFailed && error.Message.Contains("InvalidCastException", StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_LimitOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SchemaValidator(new ContentLimits { MaxDepth = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SchemaValidator(new ContentLimits { MaxDocumentBytes = -1 }));
        Assert.Throws<ArgumentNullException>(() => new SchemaValidator(null!));
    }

    [Fact]
    public void Validate_NullArgument_Throws()
    {
        var validator = new SchemaValidator();
        var json = new JsonFrontEnd().Read("{}").Text!;

        Assert.Throws<ArgumentNullException>(() => validator.Validate((string)null!));
        Assert.Throws<ArgumentNullException>(() => validator.Validate((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => validator.Validate(json, DocumentKind.Article, null!));
        Assert.Throws<ArgumentNullException>(() => validator.Validate(null!, DocumentKind.Article, CultureInfo.InvariantCulture));
    }
}
