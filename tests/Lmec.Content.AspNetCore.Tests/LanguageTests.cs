using System.Globalization;
using Lmec.Content.AspNetCore.Tests.Hosting;
using Lmec.Content.Localization;
using Lmec.Content.Model;
using Lmec.Content.Validation;

namespace Lmec.Content.AspNetCore.Tests;

/// <summary>Messages in the language of <c>Accept-Language</c>, for every language of the catalogue, and many requests at once.</summary>
public sealed class LanguageTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Languages => [.. MessageCatalog.Default.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Post_EachLanguageOfTheCatalogue_AnswersInIt(string language)
    {
        var response = await Problem.PostAsync(_client, "/articles", Documents.Utf8(Documents.WithWarningAndError), language: language);

        Assert.Equal(language, response.Language);
        Assert.Equal(Expected(Documents.WithWarningAndError, language), response.Messages);
    }

    [Theory]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("fr-FR, zh-Hans;q=0.5", "zh-Hans")]
    [InlineData("zh-Hans;q=0.2, en;q=0.9", "en")]
    [InlineData("xx-unknown, tlh", "en")]
    [InlineData("*", "en")]
    [InlineData("not a language tag!", "en")]
    public async Task Post_AcceptLanguage_ChoosesTheBestLanguageOfTheCatalogue(string acceptLanguage, string expected)
    {
        var response = await Problem.PostAsync(_client, "/articles", Documents.Utf8(Documents.WithUnresolvedAuthor), language: acceptLanguage);

        Assert.Equal(expected, response.Language);
        Assert.Equal(Expected(Documents.WithUnresolvedAuthor, expected), response.Messages);
    }

    [Fact]
    public async Task Post_ManyRequestsAtOnce_GiveTheAnswersOfOneAtATime()
    {
        string[] bodies = [Documents.Article, Documents.WithUnresolvedAuthor, Documents.WithUnknownMember, Documents.WithWarningAndError, "{\"kind\": "];
        var languages = MessageCatalog.Default.Languages;
        var requests = Enumerable.Range(0, 120).Select(index => (Body: bodies[index % bodies.Length], Language: languages[index % languages.Count])).ToList();
        var sequential = new List<string>();
        foreach (var (body, language) in requests)
        {
            sequential.Add(Describe(await Problem.PostAsync(_client, "/articles", Documents.Utf8(body), language: language)));
        }

        var parallel = await Task.WhenAll(requests.Select(async request => Describe(await Problem.PostAsync(_client, "/articles", Documents.Utf8(request.Body), language: request.Language))));

        Assert.Equal(sequential, parallel);
        Assert.Equal(languages.Count, sequential.Where(static answer => answer.StartsWith("422", StringComparison.Ordinal)).Select(static answer => answer.Split(' ')[1]).Distinct().Count());
    }

    private static IReadOnlyList<string> Expected(string json, string language)
    {
        var options = new LmecContentOptions { Culture = CultureInfo.GetCultureInfo(language) };
        return [.. new ContentValidator(options).Read<ArticleDocument>(json).Report.Errors.Select(static error => error.Message)];
    }

    private static string Describe(Problem response) =>
        $"{response.Status} {response.Language} {string.Join(" | ", response.Findings)} {string.Join(" | ", response.Messages)}";
}
