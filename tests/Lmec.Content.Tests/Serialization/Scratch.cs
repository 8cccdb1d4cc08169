using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Tests.Serialization;

public class ScratchTests
{
    [Fact]
    public void Scratch()
    {
        var issue = new NewsletterIssue
        {
            Language = "en",
            Id = "x",
            Title = new LocalizedText("en", "Newsletter <b>&'\"").With("zh-Hans", "简报"),
            PublisherId = "lmec",
            IssueNumber = 6,
            Year = 2023,
            PublicationDate = new DateOnly(2023, 6, 25),
            Organisations = [new Organisation { Id = "lmec", Name = new LocalizedText("en", "LMEC"), Kind = OrganisationKind.CooperationCentre }],
        };
        var json = ContentJson.Serialize(issue);
        Console.WriteLine(json);
        var back = ContentJson.Deserialize<NewsletterIssue>(json);
        Assert.Equal(issue, back);
        var any = ContentJson.Deserialize<ContentDocument>(json);
        Assert.Equal(issue, any);
        foreach (var bad in new[] {
            json.Replace("\"id\":\"x\"", "\"id\":\"x\",\"zz\":1"),
            json.Replace("\"kind\":\"newsletterIssue\"", "\"kind\":\"article\""),
            json.Replace("\"kind\":\"newsletterIssue\",", ""),
            json.Replace("\"schemaVersion\":\"1.0\",", ""),
            json.Replace("\"issueNumber\":6", "\"issueNumber\":6.5"),
            json.Replace("\"kind\":\"cooperationCentre\"", "\"kind\":1"),
            json.Replace("\"kind\":\"cooperationCentre\"", "\"kind\":\"CooperationCentre\""),
            json.Replace("\"publicationDate\":\"2023-06-25\"", "\"publicationDate\":\"2023-02-30\""),
            json.Replace("\"publicationDate\":\"2023-06-25\"", "\"publicationDate\":\"2023-6-25\""),
            json.Replace("\"en\":\"LMEC\"", "\"en\":\"LMEC\",\"EN\":\"x\""),
            json.Replace("\"en\":\"LMEC\"", "\"en\":\"\\ud800\""),
            json.Replace("\"organisations\":[", "\"organisations\":[null,"),
            json.Replace("\"id\":\"x\"", "\"id\":\"x\",\"\\u0069d\":\"y\""),
            "null", "", "{}", "[]",
        })
        {
            try
            {
                ContentJson.Deserialize<NewsletterIssue>(bad);
                Console.WriteLine("ACCEPTED: " + bad);
            }
            catch (System.Text.Json.JsonException e)
            {
                Console.WriteLine($"{e.Path} {e.LineNumber}:{e.BytePositionInLine} {e.Message}");
            }
            catch (Exception e)
            {
                Console.WriteLine("CRASH " + e);
            }
        }
        var lenient = ContentJson.Deserialize<NewsletterIssue>(Unknown(json), ContentReadMode.Lenient);
        Console.WriteLine(ContentJson.Serialize(lenient));
        static string Unknown(string j) => j.Replace("\"id\":\"x\"", "\"id\":\"x\",\"zz\":{\"a\":[1,2]}").Replace("\"en\":\"LMEC\"}", "\"en\":\"LMEC\"},\"future\":true");
    }
}
