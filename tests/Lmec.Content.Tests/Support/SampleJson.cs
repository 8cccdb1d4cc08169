namespace Lmec.Content.Tests.Support;

/// <summary>Small valid documents as indented text, for tests that break one thing in them.</summary>
internal static class SampleJson
{
    /// <summary>A newsletter issue with one article, event, speech and point, one organisation and one person.</summary>
    public const string Issue = """
        {
          "kind": "newsletterIssue",
          "schemaVersion": "1.0",
          "language": "en",
          "id": "lmec-newsletter-2023-06",
          "title": { "en": "Newsletter", "zh-Hans": "简报" },
          "publisherId": "lmec",
          "issueNumber": 6,
          "year": 2023,
          "publicationDate": "2023-06-25",
          "articles": [
            {
              "id": "green-lancang-mekong-symposium",
              "headline": { "en": "Symposium concluded in Beijing" },
              "event": {
                "id": "symposium-2023-04-25",
                "kind": "symposium",
                "name": { "en": "Symposium" },
                "startDate": "2023-04-25",
                "modality": "hybrid"
              },
              "speeches": [
                {
                  "speakerId": "liu-qing",
                  "kind": "introductory",
                  "points": [
                    { "ordinal": 1, "text": { "en": "Strengthen dialogue." } }
                  ]
                }
              ],
              "topics": [ "energy-transition" ]
            }
          ],
          "organisations": [
            {
              "id": "lmec",
              "name": { "en": "Lancang-Mekong Environmental Cooperation Center", "zh-Hans": "澜沧江-湄公河环境合作中心" },
              "kind": "cooperationCentre"
            }
          ],
          "people": [
            {
              "id": "liu-qing",
              "name": { "familyName": { "en": "Liu" }, "givenName": { "en": "Qing" }, "order": "familyNameFirst" }
            }
          ]
        }
        """;

    /// <summary>A standalone article submitted at a timestamp with an offset.</summary>
    public const string Article = """
        {
          "kind": "article",
          "schemaVersion": "1.0",
          "language": "en",
          "article": { "id": "wri-report", "headline": { "en": "Report" } },
          "submittedById": "wri",
          "submittedAt": "2023-06-20T09:30:00+08:00",
          "organisations": [ { "id": "wri", "name": { "en": "World Resources Institute" } } ]
        }
        """;

    /// <summary>
    /// Replaces the one occurrence of <paramref name="find"/> in <paramref name="json"/>, failing the test
    /// when there is none, so that a test never passes on text it did not break.
    /// </summary>
    /// <param name="json">The text.</param>
    /// <param name="find">The text to replace.</param>
    /// <param name="replacement">The replacement.</param>
    /// <returns>The edited text.</returns>
    public static string Edit(this string json, string find, string replacement)
    {
        var index = json.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"The sample has no '{find}'.");
        Assert.True(json.IndexOf(find, index + 1, StringComparison.Ordinal) < 0, $"The sample has '{find}' more than once.");
        return string.Concat(json.AsSpan(0, index), replacement, json.AsSpan(index + find.Length));
    }
}
