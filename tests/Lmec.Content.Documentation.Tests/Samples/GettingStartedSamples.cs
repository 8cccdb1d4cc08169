using System.Globalization;
using Lmec.Content.Localization;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Lmec.Content.Documentation.Tests.Samples;

/// <summary>The samples of docs/getting-started.md, each run and checked.</summary>
[Collection(SequentialSamples.Name)]
public sealed class GettingStartedSamples : SampleFixture
{
    [Fact]
    public void Read()
    {
        #region read
        string json = File.ReadAllText("newsletter-2023-06.json");
        NewsletterIssue issue = ContentJson.Deserialize<NewsletterIssue>(json);

        Console.WriteLine($"{issue.Title.Resolve("en")}, Issue {issue.IssueNumber}, {issue.Year}");
        foreach (Article article in issue.Articles)
        {
            Console.WriteLine(article.Headline.Resolve("en"));
        }
        #endregion

        Assert.Equal(6, issue.IssueNumber);
    }

    [Fact]
    public void ReadAnyKind()
    {
        #region read-any-kind
        byte[] utf8 = File.ReadAllBytes("organisation-directory-lancang-mekong-ministries.json");
        ContentDocument document = ContentJson.Deserialize<ContentDocument>(utf8);

        string description = document switch
        {
            NewsletterIssue issue => $"issue {issue.IssueNumber} of {issue.Year}",
            ArticleDocument submission => $"article {submission.Article.Id}",
            OrganisationDirectory directory => $"directory of {directory.Organisations.Count} organisations",
            _ => "a kind this version does not know",
        };
        #endregion

        Assert.Equal("directory of 7 organisations", description);
    }

    [Fact]
    public void BuildAndWrite()
    {
        #region build
        var submission = new ArticleDocument
        {
            Language = "en",
            Article = new Article
            {
                Id = "wetland-restoration-2024",
                Headline = new LocalizedText("en", "Wetland restoration along the Mekong")
                    .With("zh-Hans", "湄公河沿岸湿地修复"),
                Speeches =
                [
                    new Speech
                    {
                        SpeakerId = "liu-qing",
                        Kind = SpeechKind.Keynote,
                        OrganisationId = "ciis",
                        Position = new LocalizedText("en", "vice president"),
                    },
                ],
            },
            SubmittedById = "ciis",
            SubmittedAt = new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(8)),
            Organisations =
            [
                new Organisation
                {
                    Id = "ciis",
                    Name = new LocalizedText("en", "China Institute of International Studies"),
                    Kind = OrganisationKind.ResearchInstitute,
                    CountryCodes = ["CN"],
                },
            ],
            People =
            [
                new Person
                {
                    Id = "liu-qing",
                    Name = new PersonName
                    {
                        FamilyName = new LocalizedText("en", "Liu"),
                        GivenName = new LocalizedText("en", "Qing"),
                        Order = NameOrder.FamilyNameFirst,
                    },
                },
            ],
        };
        #endregion

        #region write
        string json = ContentJson.Serialize(submission, indented: true);

        using var file = File.Create(Path.Combine(Path.GetTempPath(), "submission.json"));
        ContentJson.Serialize(file, submission);
        #endregion

        Assert.Equal(submission, ContentJson.Deserialize<ArticleDocument>(json));
        Assert.Contains("\"submittedAt\": \"2024-03-01T09:30:00+08:00\"", json, StringComparison.Ordinal);
        Assert.True(new ContentValidator().Validate(submission).IsValid);
    }

    [Fact]
    public void Validate()
    {
        #region validate
        var validator = new ContentValidator();
        byte[] utf8 = File.ReadAllBytes("newsletter-2023-06.json");

        ValidationResult<NewsletterIssue> result = validator.Read<NewsletterIssue>(utf8);
        foreach (ValidationError error in result.Report.Errors)
        {
            Console.WriteLine($"{error.Line}:{error.Column} {error.Severity} {error.Code} {error.Path}: {error.Message}");
        }

        if (result.IsValid)
        {
            NewsletterIssue issue = result.GetValidDocument();
            Console.WriteLine($"{issue.Articles.Count} article(s), valid");
        }
        #endregion

        Assert.True(result.IsValid);
    }

    [Fact]
    public void ValidateAModel()
    {
        var issue = ContentJson.Deserialize<NewsletterIssue>(File.ReadAllText("newsletter-2023-06.json"));

        #region validate-model
        NewsletterIssue edited = issue with { Year = 2022 };
        ValidationReport report = new ContentValidator().Validate(edited);

        Console.WriteLine(report.IsValid);         // False
        Console.WriteLine(report.Errors[0].Code);  // the code of "the year does not match the date"
        #endregion

        Assert.False(report.IsValid);
        Assert.Equal(ValidationCodes.IssueYearMismatch, report.Errors[0].Code);
    }

    [Fact]
    public async Task ValidateMany()
    {
        #region validate-many
        var validator = new ContentValidator();
        var options = new ParallelValidationOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var files = Directory.EnumerateFiles(".", "*.json").Order(StringComparer.Ordinal).ToAsyncEnumerable();

        var verdicts = validator.ReadManyAsync(files, path => File.ReadAllBytes(path), (path, result) => $"{path}: {(result!.IsValid ? "valid" : "invalid")}", options);

        await foreach (string verdict in verdicts)
        {
            Console.WriteLine(verdict);
        }
        #endregion

        Assert.Equal(4, await verdicts.CountAsync(verdict => verdict.EndsWith(": valid", StringComparison.Ordinal)));
    }

    [Fact]
    public void Register()
    {
        #region register
        var services = new ServiceCollection();
        services.AddLmecContent(options =>
        {
            options.Culture = CultureInfo.GetCultureInfo("zh-Hans");   // messages in Chinese
            options.Rules.Add(new HeadlineLengthRule());               // a rule of your own
            options.Messages = MessageCatalog.Load(Path.Combine(AppContext.BaseDirectory, "messages"));   // its messages
            options.SetSeverity(ValidationCodes.IssueYearMismatch, ValidationSeverity.Warning);
        });

        using ServiceProvider provider = services.BuildServiceProvider();
        var validator = provider.GetRequiredService<ContentValidator>();
        #endregion

        var issue = ContentJson.Deserialize<NewsletterIssue>(File.ReadAllText("newsletter-2023-06.json"));
        var report = validator.Validate(issue with { Year = 2022 });
        Assert.Contains(report.Errors, error => error.Code == ValidationCodes.IssueYearMismatch && error.Severity == ValidationSeverity.Warning);
        Assert.Contains(report.Errors, error => error.Code == "PARTNER001" && error.Message.Contains("标题", StringComparison.Ordinal));
    }

    [Fact]
    public void CustomRule()
    {
        var issue = ContentJson.Deserialize<NewsletterIssue>(File.ReadAllText("newsletter-2023-06.json"));
        var options = new LmecContentOptions { Culture = CultureInfo.InvariantCulture, Messages = MessageCatalog.Load(Path.Combine(AppContext.BaseDirectory, "messages")) };
        options.Rules.Add(new HeadlineLengthRule());

        var report = new ContentValidator(options).Validate(issue);

        var error = Assert.Single(report.Errors);
        Assert.Equal(("PARTNER001", "/articles/0/headline"), (error.Code, error.Path));
        Assert.Equal("The headline in 'en' is longer than 120 characters.", error.Message);
    }

    [Fact]
    public void ReadLeniently()
    {
        #region read-leniently
        string newer = """
            {"kind": "organisationDirectory", "schemaVersion": "1.1", "language": "en",
             "id": "d", "title": {"en": "Partners"}, "region": "Mekong"}
            """;

        var directory = ContentJson.Deserialize<OrganisationDirectory>(newer, ContentReadMode.Lenient);
        Console.WriteLine(directory.UnknownMembers["region"]);    // Mekong
        string written = ContentJson.Serialize(directory);         // still carries "region"
        #endregion

        Assert.Contains("\"region\":\"Mekong\"", written, StringComparison.Ordinal);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => ContentJson.Deserialize<OrganisationDirectory>(newer));
    }
}
